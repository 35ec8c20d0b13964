import { fontTable, type FontTable } from './tables.js';
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
  // By code point, as `for…of` would go, without its iterator (allocations before V8 optimises).
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    units += width(table, cp) + kern(table, previous, cp);
    previous = cp;
  }
  return round2((units * style.size) / table.metrics.unitsPerEm);
}

function width(table: FontTable, cp: number): number {
  if (cp < table.widths.length) return table.widths[cp]! ? table.widths[cp]! - 1 : table.fallback;
  return table.astralWidths.get(cp) ?? table.fallback;
}

/** Kerning plus contextual-alternate correction between two code points, in font units. */
function kern(table: FontTable, left: number, right: number): number {
  if (left < 0 || left >= table.leftClass.length || right >= table.rightClass.length) return 0;
  const l = table.leftClass[left]!, r = table.rightClass[right]!;
  const pair = l === 0 || r === 0 ? 0 : table.kerning[(l - 1) * table.rightClasses + (r - 1)]!;
  return pair + (left < 128 && right < 128 ? table.contextual[left * 128 + right]! : 0);
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
