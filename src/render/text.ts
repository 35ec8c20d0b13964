import type { SceneLabel } from '../scene/types.js';
import { fontMetrics, lineHeight, type FontStyle } from '../text/measure.js';
import { escapeXml } from './escape.js';
import { el } from './xml.js';

export type Anchor = 'start' | 'middle';

/**
 * Baseline of a line set in a line box starting at `top`, placed like CSS does (half-leading
 * above and below). An explicit baseline, no dominant-baseline: resvg and browsers agree on it.
 */
export function baseline(top: number, style: FontStyle): number {
  const { ascent, descent } = fontMetrics(style);
  return top + (lineHeight(style) - ascent - descent) / 2 + ascent;
}

/** One `<text>` per line, the block centred vertically in the label box. */
export function textBlock(label: SceneLabel, style: FontStyle, fill: string, anchor: Anchor): string {
  const lh = lineHeight(style);
  const top = label.y + (label.height - label.lines.length * lh) / 2;
  return label.lines.map((line, i) => textLine(line, anchorX(label, anchor), baseline(top + i * lh, style), style, fill, anchor)).join('');
}

/** A single line of text with its baseline at `y`. */
export function textLine(text: string, x: number, y: number, style: FontStyle, fill: string, anchor: Anchor): string {
  const a = { x, y, fill, 'font-size': style.size, 'font-weight': style.weight, 'text-anchor': anchor === 'middle' ? 'middle' : null };
  return el('text', a, escapeXml(text));
}

function anchorX(box: SceneLabel, anchor: Anchor): number {
  return anchor === 'middle' ? box.x + box.width / 2 : box.x;
}
