import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { check, checkHelp } from './commands/check.js';
import { render, renderHelp } from './commands/render.js';
import { schema, schemaHelp } from './commands/schema.js';
import { icons, iconsHelp } from './commands/icons.js';
import { serve, serveHelp } from './commands/serve.js';
import { site, siteHelp } from './commands/site.js';
import { UsageError, processIo, type Io } from './io.js';
import { closest } from '../diagnostics/suggest.js';

type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string; summary: string }> = {
  render: { run: render, help: renderHelp, summary: 'render models (or the built-in examples) to SVG, PNG and scene JSON' },
  check: { run: check, help: checkHelp, summary: 'check models and report problems with file:line:col' },
  icons: { run: icons, help: iconsHelp, summary: 'search the technology catalog; --gallery writes a page of every icon' },
  schema: { run: schema, help: schemaHelp, summary: 'print the JSON Schema of the model format' },
  serve: { run: serve, help: serveHelp, summary: 'live viewer: pan, zoom, search; redraws models as you save them' },
  site: { run: site, help: siteHelp, summary: 'build a static site of interactive diagrams that works from file://' },
};

const mainHelp = () => `neonarch ${version()} — architecture diagrams as code

Usage: neonarch <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n')}

Run \`neonarch <command> --help\` for a command's options.
`;

/** Runs the CLI and returns the exit code: 0 ok, 1 problems in the input, 2 bad usage. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') return io.out(mainHelp()), 0;
  if (name === '-v' || name === '--version') return io.out(`${version()}\n`), 0;
  const command = COMMANDS[name];
  if (!command) return usage(io, unknownCommand(name));
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || isArgError(err)) return usage(io, (err as Error).message, command.help);
    throw err;
  }
}

function usage(io: Io, message: string, help?: string): number {
  io.err(`error: ${message}\n\n${help ?? mainHelp()}`);
  return 2;
}

function unknownCommand(name: string): string {
  const [best] = closest(name, Object.keys(COMMANDS), 1);
  return `unknown command "${name}"${best ? ` (did you mean "${best}"?)` : ''}`;
}

// node:util parseArgs reports bad options as TypeErrors carrying an ERR_PARSE_ARGS_* code.
const isArgError = (err: unknown): boolean => String((err as { code?: unknown })?.code ?? '').startsWith('ERR_PARSE_ARGS');

function version(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
}
