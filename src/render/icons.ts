import { getGlyph } from '../icons/index.js';
import { FILE_ICON_PREFIX } from '../model/icon.js';
import type { Box, SceneIcon } from '../scene/types.js';
import { safeId } from './escape.js';
import { el } from './xml.js';

const isFileIcon = (icon: string): boolean => icon.startsWith(FILE_ICON_PREFIX);

/** The id of an icon's symbol; a user's icon file gets every unusual character encoded, so two paths never share one. */
export function iconId(icon: string): string {
  if (!isFileIcon(icon)) return `icon-${safeId(icon)}`;
  const path = icon.slice(FILE_ICON_PREFIX.length);
  return `icon-file-${path.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/**
 * A `<symbol>` for each icon in use, so a glyph used by ten nodes is embedded once; `custom` holds the
 * model's own icon files (an icon file missing there gets an empty symbol, so no `<use>` dangles).
 * overflow=visible: resvg 2.6 panics (aborting the process) on a clipped symbol outside the viewport.
 */
export function iconDefs(icons: readonly string[], custom: Readonly<Record<string, SceneIcon>> = {}): string {
  return icons.map((id) => {
    const glyph = (Object.hasOwn(custom, id) ? custom[id] : undefined) ?? getGlyph(id) ?? (isFileIcon(id) ? { viewBox: '0 0 1 1', body: '' } : null);
    return glyph ? el('symbol', { id: iconId(id), viewBox: glyph.viewBox, overflow: 'visible' }, glyph.body) : '';
  }).join('');
}

/** The icon placed in its box; glyphs (and one-colour icon files) paint with currentColor, so `color` tints them. */
export function iconUse(icon: string, box: Box, color: string): string {
  if (!getGlyph(icon) && !isFileIcon(icon)) return '';
  return el('use', { href: `#${iconId(icon)}`, x: box.x, y: box.y, width: box.width, height: box.height, color });
}
