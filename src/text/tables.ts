import { METRICS } from './metrics.generated.js';
import type { FontMetricsTable } from './metrics-table.js';
import type { FontWeight } from './style.js';

/** One weight's metrics as fast lookups (built once, on first use). */
export interface FontTable {
  metrics: FontMetricsTable;
  widths: ReadonlyMap<number, number>;
  /** Advance for code points the font lacks: the width of '0'. */
  fallback: number;
  leftClass: ReadonlyMap<number, number>;
  rightClass: ReadonlyMap<number, number>;
  /** Key: leftClass * KERN_STRIDE + rightClass. */
  kerning: ReadonlyMap<number, number>;
  /** Key: contextKey(left, right) of two ASCII code points. */
  contextual: ReadonlyMap<number, number>;
}

export const KERN_STRIDE = 4096;

/** Key of an ASCII pair in FontTable.contextual (-1 when either is not ASCII). */
export const contextKey = (left: number, right: number): number => (left >= 0 && left < 128 && right < 128 ? left * 128 + right : -1);

const cache = new Map<FontWeight, FontTable>();

/** Lookups for one weight, built on first use. */
export function fontTable(weight: FontWeight): FontTable {
  let table = cache.get(weight);
  if (!table) cache.set(weight, (table = buildTable(METRICS[weight])));
  return table;
}

/** Unpacks the generated runs, classes and pairs into maps. */
function buildTable(metrics: FontMetricsTable): FontTable {
  const widths = new Map<number, number>();
  for (const [first = 0, ...run] of metrics.widths) run.forEach((w, i) => widths.set(first + i, w));
  const kerning = new Map<number, number>();
  const { left, right, pairs } = metrics.kerning;
  for (let i = 0; i + 2 < pairs.length; i += 3) kerning.set(pairs[i]! * KERN_STRIDE + pairs[i + 1]!, pairs[i + 2]!);
  const contextual = new Map(Object.entries(metrics.contextual).map(([pair, v]) => [contextKey(pair.charCodeAt(0), pair.charCodeAt(1)), v]));
  const fallback = widths.get(0x30) ?? metrics.unitsPerEm / 2;
  return { metrics, widths, fallback, leftClass: classes(left), rightClass: classes(right), kerning, contextual };
}

/** Code point → class id, from one string of chars per class. */
function classes(groups: readonly string[]): Map<number, number> {
  const byChar = new Map<number, number>();
  groups.forEach((chars, id) => { for (const c of chars) byChar.set(c.codePointAt(0)!, id); });
  return byChar;
}
