// The live viewer server: watches models under a path, redraws them on save and pushes the change to open pages.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../diagnostics/types.js';
import type { ModelPlace } from './view.js';
import { scopeOf } from './discover.js';
import { EventHub } from './events.js';
import { fail } from './headers.js';
import { PngCache } from './png.js';
import { API, route, type ServerContext } from './routes.js';
import { FolderWatcher } from './watch.js';
import { Workspace } from './workspace.js';

export { viewerPage, safeJson, escapeHtml, FAVICON, PAGE_MARK, type PageAssets } from './page.js';
export { viewerAssets, type ViewerAssets } from './assets.js';
export { drawModel, type ModelDrawing } from './drawing.js';
export { viewerModel, viewerEntry, withOneTheme, type ModelPlace } from './view.js';
export { findModels, scopeOf, displayPath, type ModelScope } from './discover.js';
export { modelIds } from './ids.js';
export { fileUnder } from './files.js';
export { Workspace } from './workspace.js';

/** Where to listen: 127.0.0.1 unless a host is given; port 0 picks a free one. */
export interface ServeOptions {
  path: string;
  port?: number;
  host?: string;
}

/** A running server: its address, its models, and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  workspace: Workspace;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4400;
export const DEFAULT_HOST = '127.0.0.1';

/** Starts watching and serving PATH; a missing path or a busy port is a diagnostic, not an exception. */
export async function startServer(options: ServeOptions): Promise<Result<RunningServer>> {
  const scope = scopeOf(options.path);
  if (!scope) return problem('no-such-path', `cannot serve ${options.path}: no such file or folder`, 'give a folder of *.arch.yaml models or one model file');
  const host = options.host ?? DEFAULT_HOST;
  const workspace = new Workspace(scope, (id, file) => place(id, file));
  const hub = new EventHub();
  const ctx: ServerContext = { scope, workspace, hub, png: new PngCache(), hostAllowed: hostCheck(options.host === undefined) };
  // Loaded here, not at the top: the CLI bundle holds the server, and every other command would
  // otherwise load Node's http stack at start (~2.5 ms of each `neonarch render`).
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => void route(ctx, req, res).catch(() => (res.headersSent ? res.destroy() : fail(res, 500, 'internal error'))));
  const listening = await listen(server, options.port ?? DEFAULT_PORT, host);
  if (listening) return problem(listening.code, listening.message, listening.hint);
  const watcher = new FolderWatcher(scope, { file: (abs) => workspace.fileChanged(abs), folders: () => (watcher.sync(), workspace.scan()) });
  workspace.on((e) => hub.send(e.type, e.type === 'model' ? e.change : {}));
  workspace.scan();
  const port = (server.address() as AddressInfo).port;
  const close = () => stop(server, watcher, hub);
  return { value: { url: `http://${urlHost(host)}:${port}/`, port, workspace, close }, diagnostics: [] };
}

function place(id: string, file: string): ModelPlace {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const at = (ext: string) => (theme: string, rev: number) => `${API}/models/${encodeURIComponent(id)}.${ext}?theme=${encodeURIComponent(theme)}&rev=${rev}`;
  return { id, file, png: at('png'), svg: at('svg'), linkBase: `/${dir.split('/').map(encodeURIComponent).join('/')}` };
}

function listen(server: Server, port: number, host: string): Promise<{ code: string; message: string; hint: string } | null> {
  return new Promise((resolve) => {
    server.once('error', (err: NodeJS.ErrnoException) => resolve(listenError(err, port, host)));
    server.listen(port, host, () => resolve(null));
  });
}

function listenError(err: NodeJS.ErrnoException, port: number, host: string): { code: string; message: string; hint: string } {
  if (err.code === 'EADDRINUSE') return { code: 'port-in-use', message: `port ${port} on ${host} is already in use`, hint: 'pass --port N, or --port 0 for any free port' };
  return { code: 'cannot-listen', message: `cannot listen on ${host}:${port}: ${err.message}`, hint: 'check --host and --port' };
}

// Loopback servers answer only to loopback names, so a web page cannot reach them through DNS rebinding.
function hostCheck(loopbackOnly: boolean): (host: string | undefined) => boolean {
  if (!loopbackOnly) return () => true;
  return (host) => host !== undefined && /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(host);
}

const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

async function stop(server: Server, watcher: FolderWatcher, hub: EventHub): Promise<void> {
  watcher.close();
  hub.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function problem<T>(code: string, message: string, hint: string): Result<T> {
  return { value: null, diagnostics: [{ severity: 'error', code, message, hint }] };
}
