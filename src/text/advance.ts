import { contextKey, fontTable, KERN_STRIDE, type FontTable } from './tables.js';
import type { FontStyle } from './style.js';

const round2 = (n: number): number => Math.round(n * 100) / 100;

// Layout measures the same strings again and again (a description is wrapped at a dozen widths to
// balance its lines, every candidate layout frames its title band anew): results are remembered.
const remembered = new Map<string, number>();
const REMEMBER_AT_MOST = 20_000;

/** Advance width of `text` in px when set in the bundled font, with pair kerning. */
export function measureText(text: string, style: FontStyle): number {
  const key = `${style.weight}|${style.size}|${text}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  const width = advance(text, style);
  remembered.set(key, width);
  return width;
}

function advance(text: string, style: FontStyle): number {
  const table = fontTable(style.weight);
  let units = 0;
  let previous = -1;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    units += (table.widths.get(cp) ?? table.fallback) + kern(table, previous, cp);
    previous = cp;
  }
  return round2((units * style.size) / table.metrics.unitsPerEm);
}

/** Kerning plus contextual-alternate correction between two code points, in font units. */
function kern(table: FontTable, left: number, right: number): number {
  const l = table.leftClass.get(left);
  const r = table.rightClass.get(right);
  const pair = l === undefined || r === undefined ? 0 : table.kerning.get(l * KERN_STRIDE + r) ?? 0;
  return pair + (table.contextual.get(contextKey(left, right)) ?? 0);
}

/** Distance between baselines of two lines, in px. */
export function lineHeight(style: FontStyle): number {
  return Math.ceil(style.size * 1.25);
}

/** Vertical font metrics in px (descent positive, below the baseline), for placing baselines. */
export interface FontMetrics {
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
}

/** Vertical metrics of the bundled font at this size and weight, in px. */
export function fontMetrics(style: FontStyle): FontMetrics {
  const m = fontTable(style.weight).metrics;
  const px = (units: number): number => round2((units * style.size) / m.unitsPerEm);
  return { ascent: px(m.ascender), descent: px(-m.descender), capHeight: px(m.capHeight), xHeight: px(m.xHeight) };
}
