// Small strokes and tints that shapes draw over their silhouette, all in the node's accent.
import type { AccentPaint, Theme } from '../../theme/index.js';
import { el } from '../xml.js';

/** How strongly a lid or bar is tinted with the accent: a hint of depth, never enough to hurt the text's contrast. */
export const TINT = 0.14;

/** An open line in the accent, as wide as the outline. */
export function stroke(d: string, paint: AccentPaint, theme: Theme, extra: Record<string, string | number> = {}): string {
  return el('path', { d, fill: 'none', stroke: paint.stroke, 'stroke-width': theme.node.strokeWidth, 'stroke-linecap': 'round', ...extra });
}

/** An area washed with the accent. */
export function tint(d: string, paint: AccentPaint): string {
  return el('path', { d, fill: paint.stroke, 'fill-opacity': TINT });
}
