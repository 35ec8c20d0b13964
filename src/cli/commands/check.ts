import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../diagnostics/types.js';
import { diagnosticsToJson } from '../../diagnostics/format.js';
import { loadModel } from '../../model/index.js';
import { loadAssets } from '../../pipeline.js';
import { findProjectConfig, findingsToJson, formatFinding, readProjectConfig, runRules, toSarif, type Finding, type RuleInfo } from '../../rules/index.js';
import type { RulesConfig } from '../../model/rule-types.js';
import { packageRoot } from '../../paths.js';
import { UsageError, type Io } from '../io.js';
import { hasErrors, printDiagnostics } from '../report.js';
import { readSource } from '../sources.js';

export const checkHelp = `Usage: neonarch check FILE... [--format human|json|sarif] [--config FILE] [--no-rules]

Checks models without rendering them: the model format first, then the architecture rules
(docs/rules.md) with the nearest neonarch.config.yaml (looked for upward from each model)
and the model's own \`rules:\` on top.
Exit 0 when nothing is at error level (warnings and notes are fine), 1 otherwise.

Options:
  -f, --format NAME    human (default), json or sarif (SARIF 2.1.0, for code scanning)
  -c, --config FILE    use this project config instead of looking for neonarch.config.yaml
      --no-rules       check the model format only
  -h, --help           show this help
`;

const FORMATS = ['human', 'json', 'sarif'];

/** What checking the files found, in the order of the files. */
interface Checked {
  diagnostics: Diagnostic[];
  findings: Finding[];
  rules: RuleInfo[];
}

/** `neonarch check`: every diagnostic and rule finding of every file, for people or tools. */
export async function check(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'human' },
      config: { type: 'string', short: 'c' },
      'no-rules': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return io.out(checkHelp), 0;
  if (!FORMATS.includes(values.format!)) throw new UsageError(`--format is human, json or sarif, not "${values.format}"`);
  if (!positionals.length) throw new UsageError('check needs at least one model file');
  if (values.config !== undefined && !existsSync(resolve(io.cwd, values.config))) throw new UsageError(`--config ${values.config}: no such file`);
  const run = new Run(io, values.format === 'human', values['no-rules'] ? false : values.config ?? null);
  for (const path of positionals) run.file(path);
  const all = run.result;
  if (values.format === 'json') io.out(`${JSON.stringify({ diagnostics: diagnosticsToJson(all.diagnostics), findings: findingsToJson(all.findings) }, null, 2)}\n`);
  if (values.format === 'sarif') io.out(`${JSON.stringify(toSarif({ version: version(), ...all }), null, 2)}\n`);
  if (values.format === 'human') io.err(summary(all, positionals.length));
  return hasErrors(all.diagnostics) || all.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Checks file after file; a project config shared by several models is read and reported once. */
class Run {
  readonly result: Checked = { diagnostics: [], findings: [], rules: [] };
  private readonly configs = new Map<string, RulesConfig | null>();
  // A project config's problems come back with every model that uses it: report them once.
  private readonly seen = new Set<string>();
  // Source texts by file name, so a config's problems get frames from the config, not the model.
  private readonly texts = new Map<string, string>();

  /** `rules`: false for none, a config path, or null to look upward from each model. */
  constructor(private readonly io: Io, private readonly human: boolean, private readonly rules: string | false | null) {}

  file(path: string): void {
    const { source, diagnostic } = readSource(path, this.io.cwd);
    const loaded = source ? loadModel(source.text, source.file) : { value: null, diagnostics: [diagnostic!] };
    this.report(loaded.diagnostics, source?.text ?? null);
    // The icon and theme files the model names: missing, unsafe or outside its folder is an error here too.
    const assets = loaded.value ? loadAssets(loaded.value, this.io.cwd).diagnostics : [];
    this.report(assets.filter((d) => d.span?.file === source?.file), source?.text ?? null);
    this.report(assets.filter((d) => d.span?.file !== source?.file), null);
    if (!loaded.value || this.rules === false) return;
    const configPath = this.rules ?? findProjectConfig(resolve(this.io.cwd, path));
    const ran = runRules(loaded.value, configPath ? this.config(configPath) : null);
    this.report(ran.diagnostics, source!.text);
    this.result.findings.push(...ran.findings);
    this.result.rules.push(...ran.rules);
    if (this.human) for (const f of ran.findings) this.io.err(`${formatFinding(f, source!.text, { color: this.io.color })}\n`);
  }

  private config(path: string): RulesConfig | null {
    const key = resolve(this.io.cwd, path);
    if (this.configs.has(key)) return this.configs.get(key)!;
    const read = readProjectConfig(key, this.io.cwd);
    if (read.text !== null) this.texts.set(read.file, read.text);
    this.report(read.diagnostics, read.text);
    this.configs.set(key, read.value);
    return read.value;
  }

  private report(diagnostics: readonly Diagnostic[], text: string | null): void {
    const fresh = diagnostics.filter((d) => !this.seen.has(JSON.stringify(d)));
    fresh.forEach((d) => this.seen.add(JSON.stringify(d)));
    this.result.diagnostics.push(...fresh);
    if (this.human) for (const d of fresh) printDiagnostics(this.io, [d], this.texts.get(d.span?.file ?? '') ?? text);
  }
}

function summary(all: Checked, files: number): string {
  const levels = [...all.diagnostics.map((d) => d.severity), ...all.findings.map((f) => f.severity)];
  const count = (level: string) => levels.filter((l) => l === level).length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const notes = count('note') ? `, ${plural(count('note'), 'note')}` : '';
  return `${plural(files, 'file')} checked: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}${notes}\n`;
}

function version(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
}
