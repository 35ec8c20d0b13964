import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, type SiteFile } from '../../site/index.js';
import { UsageError, type Io } from '../io.js';
import { overwriteRefusal, writeAtomic } from '../output.js';
import { hasErrors } from '../report.js';
import { formatDiagnostic } from '../../diagnostics/format.js';

export const siteHelp = `Usage: neonarch site [PATH] -o DIR [options]

Builds a static site from every model under PATH (a folder searched recursively, or one model
file; default: the current folder): index.html with a card per model, and one interactive page
per model (pan, zoom, search, filters, details, themes), with each model's SVG and PNG in every
theme. The pages work from file:// and on any static host, and load nothing from the network.
Nothing is written when a model has errors.

Options:
  -o, --out DIR        output folder (required)
      --title TEXT     heading of the index page (default: the folder's name)
      --no-png         leave out the PNGs (a faster build; pages offer SVG downloads only)
      --force          overwrite files that neonarch did not write
  -h, --help           show this help
`;

/** \`neonarch site\`: exit 0 when the site was written, 1 when a model has errors or a file was refused. */
export async function site(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      title: { type: 'string' },
      force: { type: 'boolean', default: false },
      'no-png': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return io.out(siteHelp), 0;
  if (values.out === undefined) throw new UsageError('site needs an output folder: -o DIR');
  if (positionals.length > 1) throw new UsageError('site takes one PATH (a folder or a model file)');
  const built = await buildSite(resolve(io.cwd, positionals[0] ?? '.'), { ...(values.title ? { title: values.title } : {}), png: !values['no-png'] });
  for (const d of built.diagnostics) io.err(`${formatDiagnostic(d, built.sources.get(d.span?.file ?? '') ?? null, { color: io.color })}\n`);
  if (!built.files || hasErrors(built.diagnostics)) return 1;
  return write(resolve(io.cwd, values.out), built.files, values.force!, io) ? 0 : 1;
}

// Every file is checked before any is written, so a refusal leaves the folder as it was.
function write(dir: string, files: readonly SiteFile[], force: boolean, io: Io): boolean {
  const refusals = files.map((f) => overwriteRefusal(join(dir, f.path), force)).filter((r): r is string => r !== null);
  if (refusals.length) return refusals.forEach((r) => io.err(`error: ${r}\n`)), false;
  for (const f of files) writeAtomic(join(dir, f.path), f.data);
  io.out(`${join(dir, 'index.html')} (${files.length} files)\n`);
  return true;
}
