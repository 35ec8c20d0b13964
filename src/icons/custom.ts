// The user's own icon files (`icon: ./assets/x.svg`): read once each, checked, sanitised.
import type { Diagnostic } from '../diagnostics/types.js';
import { error, warning } from '../diagnostics/make.js';
import { readModelFile, type FileRef, type ModelPlace } from './model-file.js';
import { pngIcon } from './png-icon.js';
import { MAX_ICON_BYTES, sanitizeSvg } from './sanitize.js';

/** A user's icon ready for a `<symbol>` (the scene's SceneIcon). */
export interface CustomIcon {
  viewBox: string;
  body: string;
  /** One-colour artwork, painted in currentColor so the theme tints it. */
  tinted: boolean;
}

/** A node's icon file: the icon id it draws (`file:assets/x.svg`) and the file. */
export interface IconFileUse {
  icon: string;
  file: FileRef;
}

/** Each icon file once, by icon id; problems are reported at the first node that names the file. */
export function loadCustomIcons(
  uses: readonly IconFileUse[], place: ModelPlace, prefixOf: (icon: string) => string,
): { icons: Record<string, CustomIcon>; diagnostics: Diagnostic[] } {
  const icons: Record<string, CustomIcon> = {};
  const diagnostics: Diagnostic[] = [];
  const first = new Map(uses.map((u) => [u.icon, u] as const).reverse());
  for (const use of [...first.values()].sort((a, b) => (a.icon < b.icon ? -1 : 1))) {
    const loaded = loadIcon(use, place, prefixOf(use.icon));
    if (loaded.icon) icons[use.icon] = loaded.icon;
    diagnostics.push(...loaded.diagnostics);
  }
  return { icons, diagnostics };
}

function loadIcon(use: IconFileUse, place: ModelPlace, prefix: string): { icon: CustomIcon | null; diagnostics: Diagnostic[] } {
  const read = readModelFile(place, use.file, 'icon', MAX_ICON_BYTES);
  if (!read.value) return { icon: null, diagnostics: read.diagnostics };
  const { path, span } = use.file;
  if (/\.png$/i.test(path)) {
    const png = pngIcon(read.value);
    if ('error' in png) return { icon: null, diagnostics: [error('bad-icon', `icon "${path}" cannot be used: ${png.error}`, span)] };
    return { icon: { ...png, tinted: false }, diagnostics: [] };
  }
  const svg = sanitizeSvg(read.value.toString('utf8'), prefix);
  if ('error' in svg) return { icon: null, diagnostics: [error('bad-icon', `icon "${path}" cannot be used: ${svg.error}`, span, 'open it in an editor and save it as plain SVG')] };
  const { removed, ...icon } = svg;
  return { icon, diagnostics: removed.length ? [sanitised(path, removed, span)] : [] };
}

function sanitised(path: string, removed: readonly string[], span: FileRef['span']): Diagnostic {
  const hint = 'icons never carry scripts, event handlers, styles for the whole page, or references outside the icon';
  return warning('icon-sanitised', `removed from icon "${path}": ${removed.join(', ')}`, span, hint);
}
