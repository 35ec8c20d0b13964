import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../diagnostics/types.js';
import { diagnosticsToJson } from '../../diagnostics/format.js';
import { loadModel } from '../../model/index.js';
import { UsageError, type Io } from '../io.js';
import { hasErrors, printDiagnostics } from '../report.js';
import { readSource } from '../sources.js';

export const checkHelp = `Usage: neonarch check FILE... [--format human|json]

Checks models without rendering them. Exit 0 when no file has an error, 1 otherwise.

Options:
  -f, --format NAME    human (default) or json
  -h, --help           show this help
`;

/** `neonarch check`: every diagnostic of every file, for people or tools. */
export async function check(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'human' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) return io.out(checkHelp), 0;
  if (values.format !== 'human' && values.format !== 'json') throw new UsageError(`--format is human or json, not "${values.format}"`);
  if (!positionals.length) throw new UsageError('check needs at least one model file');
  const all: Diagnostic[] = [];
  for (const path of positionals) all.push(...checkOne(path, io, values.format === 'human'));
  if (values.format === 'json') io.out(`${JSON.stringify({ diagnostics: diagnosticsToJson(all) }, null, 2)}\n`);
  else io.err(summary(all, positionals.length));
  return hasErrors(all) ? 1 : 0;
}

function checkOne(path: string, io: Io, human: boolean): Diagnostic[] {
  const { source, diagnostic } = readSource(path, io.cwd);
  const diagnostics = source ? loadModel(source.text, source.file).diagnostics : [diagnostic!];
  if (human) printDiagnostics(io, diagnostics, source?.text ?? null);
  return diagnostics;
}

function summary(all: readonly Diagnostic[], files: number): string {
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
}
