// The static site builder: an index of every model and one interactive page per model, readable from file://.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { themeNames } from '../theme/index.js';
import { displayPath, drawModel, findModels, modelIds, scopeOf, viewerModel, type ModelScope } from '../server/index.js';
import { siteFiles, type SiteFile, type SiteModel } from './files.js';
import { placeOnSite } from './names.js';

export type { SiteFile } from './files.js';

/** What a build gives: the files (null when a model has errors), every problem, and the sources for code frames. */
export interface SiteBuild {
  files: SiteFile[] | null;
  diagnostics: Diagnostic[];
  /** Model texts by display path, so diagnostics print with their code frames. */
  sources: Map<string, string>;
}

/** What the site holds beyond the pages. */
export interface SiteOptions {
  /** The index page's heading (default: the folder's name). */
  title?: string;
  /** Whether to rasterise a PNG of every model in every theme for download (default: true). */
  png?: boolean;
}

/** Builds every file of the site in memory; any model with errors fails the build with its diagnostics. */
export async function buildSite(path: string, options: SiteOptions = {}): Promise<SiteBuild> {
  const scope = scopeOf(path);
  const sources = new Map<string, string>();
  if (!scope) return { files: null, diagnostics: [notFound(path)], sources };
  const abs = findModels(scope);
  const ids = modelIds(abs.map((f) => displayPath(scope, f)));
  const models: SiteModel[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, file] of abs.entries()) {
    const shown = displayPath(scope, file);
    const text = readFileSync(file, 'utf8');
    sources.set(shown, text);
    const drawing = await drawModel(text, shown, scope.root, true);
    diagnostics.push(...drawing.raw);
    if (drawing.scene) models.push({ view: viewerModel(placeOnSite(ids[i]!, shown, options.png ?? true), 1, drawing, null), themes: drawing.themes });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { files: null, diagnostics, sources };
  const files = await siteFiles(models, options.title ?? folderTitle(scope), themeNames(), options.png ?? true);
  return { files, diagnostics, sources };
}

function folderTitle(scope: ModelScope): string {
  return scope.file ? basename(scope.file) : basename(scope.root) || 'Architecture diagrams';
}

function notFound(path: string): Diagnostic {
  return { severity: 'error', code: 'no-such-path', message: `cannot build a site from ${path}: no such file or folder`, hint: 'give a folder of *.arch.yaml models or one model file' };
}
