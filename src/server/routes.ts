import type { IncomingMessage, ServerResponse } from 'node:http';
import { themeNames } from '../theme/index.js';
import type { ViewerBoot } from '../viewer/contract.js';
import { viewerAssets } from './assets.js';
import type { ModelScope } from './discover.js';
import type { EventHub } from './events.js';
import { contentType, fileUnder } from './files.js';
import { APP_POLICY, FILE_POLICY, baseHeaders, fail, send } from './headers.js';
import { viewerPage } from './page.js';
import type { PngCache } from './png.js';
import { withOneTheme } from './view.js';
import type { Workspace } from './workspace.js';

/** Everything under this prefix is the server's own; every other path is a file in the served folder. */
export const OWN = '/_neonarch';
export const API = `${OWN}/api`;

/** What the request handler needs. */
export interface ServerContext {
  scope: ModelScope;
  workspace: Workspace;
  hub: EventHub;
  png: PngCache;
  /** Whether a Host header is acceptable (guards a loopback server against DNS rebinding). */
  hostAllowed(host: string | undefined): boolean;
}

/** The page address of a model. */
export const pageHref = (id: string): string => `/?model=${encodeURIComponent(id)}`;

/** Routes one request: the page, the viewer's assets, the API, the event stream, or a file under the folder. */
export async function route(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!ctx.hostAllowed(req.headers.host)) return fail(res, 403, 'unexpected Host header');
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'method not allowed');
  const [path = '/', search = ''] = (req.url ?? '/').split('?', 2);
  const query = new URLSearchParams(search);
  if (path === '/' || path === '/index.html') return page(ctx, res, query.get('model'));
  if (path === `${OWN}/viewer.js`) return send(res, 200, 'text/javascript; charset=utf-8', (await viewerAssets()).js);
  if (path === `${OWN}/viewer.css`) return send(res, 200, 'text/css; charset=utf-8', (await viewerAssets()).css);
  if (path === `${OWN}/events`) return ctx.hub.attach(res, baseHeaders(APP_POLICY));
  if (path === `${API}/models`) return json(res, ctx.workspace.entries(pageHref));
  if (path.startsWith(`${API}/models/`)) return model(ctx, res, path.slice(`${API}/models/`.length), query);
  if (path.startsWith(`${OWN}/`)) return fail(res, 404, 'not found');
  return file(ctx, res, path);
}

function page(ctx: ServerContext, res: ServerResponse, wanted: string | null): void {
  const ids = ctx.workspace.ids();
  const id = wanted !== null && ids.includes(wanted) ? wanted : ids[0] ?? null;
  const boot: ViewerBoot = { mode: 'live', themes: themeNames(), api: API, model: id };
  send(res, 200, 'text/html; charset=utf-8', viewerPage('neonarch', boot, { kind: 'linked', js: `${OWN}/viewer.js`, css: `${OWN}/viewer.css` }));
}

// `/models/ID` is the model with one theme's SVG (`?theme=`, default the model's); `ID.svg` and `ID.png` are drawings.
async function model(ctx: ServerContext, res: ServerResponse, name: string, query: URLSearchParams): Promise<void> {
  const ext = /\.(svg|png)$/.exec(name)?.[1] ?? null;
  const found = await ctx.workspace.drawing(safeDecode(ext ? name.slice(0, -4) : name), query.get('theme'));
  if (!found) return fail(res, 404, 'no such model');
  const { view, theme, svg } = found;
  if (ext === null) return json(res, withOneTheme(view, theme?.name ?? view.theme, svg));
  if (!view.scene || !theme || svg === null) return fail(res, 404, 'no drawing in that theme');
  if (ext === 'svg') return send(res, 200, 'image/svg+xml; charset=utf-8', svg, FILE_POLICY);
  send(res, 200, 'image/png', await ctx.png.get(view.id, view.drawnRevision, theme, view.scene));
}

async function file(ctx: ServerContext, res: ServerResponse, path: string): Promise<void> {
  const found = fileUnder(ctx.scope, path);
  if (!found.ok) return fail(res, found.status, found.status === 403 ? 'forbidden' : 'not found');
  const { readFile } = await import('node:fs/promises');
  send(res, 200, contentType(found.path), await readFile(found.path), FILE_POLICY);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function json(res: ServerResponse, data: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(data));
}
