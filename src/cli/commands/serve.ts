import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../../server/index.js';
import { UsageError, type Io } from '../io.js';
import { printDiagnostics } from '../report.js';

export const serveHelp = `Usage: neonarch serve [PATH] [--port N] [--host HOST]

Serves an interactive viewer of every model under PATH (a folder, searched recursively for
*.arch.yaml, *.arch.yml and *.arch.json, skipping node_modules and dot-folders; or one model
file; default: the current folder). Saving a model redraws it in the open page; a broken save
shows its errors over the last good diagram. Stop with Ctrl+C.

Options:
  -p, --port N         port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)
      --host HOST      address to listen on (default: ${DEFAULT_HOST}, this machine only)
  -h, --help           show this help
`;

/** `neonarch serve`: runs until interrupted (SIGINT/SIGTERM) or until `signal` aborts; exit 1 when it cannot start. */
export async function serve(argv: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p', default: String(DEFAULT_PORT) },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return io.out(serveHelp), 0;
  if (positionals.length > 1) throw new UsageError('serve takes one PATH (a folder or a model file)');
  const started = await startServer({ path: resolvePath(io, positionals[0]), port: parsePort(values.port!), ...(values.host ? { host: values.host } : {}) });
  if (!started.value) return printDiagnostics(io, started.diagnostics, null), 1;
  const count = started.value.workspace.ids().length;
  io.out(`neonarch viewer on ${started.value.url} (${count} model${count === 1 ? '' : 's'}; Ctrl+C stops)\n`);
  await untilStopped(started.value, signal);
  return 0;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port is a number from 0 to 65535, not "${text}"`);
  return port;
}

const resolvePath = (io: Io, path: string | undefined): string => resolve(io.cwd, path ?? '.');

function untilStopped(server: RunningServer, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
