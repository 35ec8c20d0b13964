import { getGlyph } from '../icons/index.js';
import type { Box } from '../scene/types.js';
import { safeId } from './escape.js';
import { el } from './xml.js';

/** The id of an icon's symbol. */
export function iconId(icon: string): string {
  return `icon-${safeId(icon)}`;
}

/**
 * A `<symbol>` for each icon in use, so a glyph used by ten nodes is embedded once.
 * overflow=visible: resvg 2.6 panics (aborting the process) on a clipped symbol outside the viewport.
 */
export function iconDefs(icons: readonly string[]): string {
  return icons.map((id) => {
    const glyph = getGlyph(id);
    return glyph ? el('symbol', { id: iconId(id), viewBox: glyph.viewBox, overflow: 'visible' }, glyph.body) : '';
  }).join('');
}

/** The icon placed in its box; glyphs paint with currentColor, so `color` tints them. */
export function iconUse(icon: string, box: Box, color: string): string {
  if (!getGlyph(icon)) return '';
  return el('use', { href: `#${iconId(icon)}`, x: box.x, y: box.y, width: box.width, height: box.height, color });
}
