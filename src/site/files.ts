import { draw } from '../pipeline.js';
import type { Theme } from '../theme/index.js';
import type { ViewerBoot, ViewerModel } from '../viewer/contract.js';
import { viewerAssets, viewerEntry, viewerPage, type PageAssets } from '../server/index.js';
import { indexBody } from './index-page.js';
import { drawingFile, pageFile } from './names.js';

/** A model ready for the site: what the page shows, and the themes to rasterise it in. */
export interface SiteModel {
  view: ViewerModel;
  themes: Theme[];
}

/** One file of the site, relative to the output folder. */
export interface SiteFile {
  path: string;
  data: string | Uint8Array;
}

/** Every file of the site: index.html, a page per model, and each model's SVG (and PNG, unless left out) in every theme. */
export async function siteFiles(built: readonly SiteModel[], title: string, themes: readonly string[], withPng: boolean): Promise<SiteFile[]> {
  const { js, css } = await viewerAssets();
  const assets: PageAssets = { kind: 'inline', js, css };
  const models = built.map((b) => b.view);
  const entries = models.map((m) => viewerEntry(m, pageFile(m.id)));
  const pages = models.map((model): SiteFile => {
    const boot: ViewerBoot = { mode: 'static', themes: [...themes], models: entries, model, index: 'index.html' };
    return { path: pageFile(model.id), data: viewerPage(`${model.title} · ${title}`, boot, assets) };
  });
  const cards = entries.map((entry) => ({ entry, thumbs: Object.fromEntries(themes.map((t) => [t, drawingFile(entry.id, t, 'svg')])) }));
  const index: SiteFile = { path: 'index.html', data: viewerPage(title, { mode: 'index', themes: [...themes] }, assets, indexBody(title, cards)) };
  return [index, ...pages, ...svgs(models), ...(withPng ? await pngs(built) : [])];
}

function svgs(models: readonly ViewerModel[]): SiteFile[] {
  return models.flatMap((m) => Object.entries(m.svg).map(([t, svg]) => ({ path: drawingFile(m.id, t, 'svg'), data: svg })));
}

// The PNGs rasterise in the thread pool, all at once.
async function pngs(built: readonly SiteModel[]): Promise<SiteFile[]> {
  const jobs = built.flatMap(({ view, themes }) => themes.map(async (t) => ({ path: drawingFile(view.id, t.name, 'png'), data: (await draw(view.scene!, t, ['png'])).png! })));
  return Promise.all(jobs);
}
