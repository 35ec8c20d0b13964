import { METRICS } from './metrics.generated.js';
import type { FontMetricsTable } from './metrics-table.js';
import type { FontWeight } from './style.js';

/**
 * One weight's metrics as fast lookups, built on first use. Typed arrays over the Basic
 * Multilingual Plane rather than Maps: the first layout measures a few hundred strings before V8
 * optimises anything, where a Map lookup is a call and a typed array's a load, and the ~6000
 * entries of two weights go into arrays several times faster than into Maps.
 */
export interface FontTable {
  metrics: FontMetricsTable;
  /** Advance + 1 of each BMP code point the font has; 0 where it has none. */
  widths: Uint16Array;
  /** Advances of code points beyond the BMP. */
  astralWidths: ReadonlyMap<number, number>;
  /** Advance for code points the font lacks: the width of '0'. */
  fallback: number;
  /** Left and right kerning class + 1 of each code point up to the last with a class; 0 for none. */
  leftClass: Uint8Array;
  rightClass: Uint8Array;
  /** Kerning of left class l and right class r at l * rightClasses + r. */
  kerning: Int16Array;
  rightClasses: number;
  /** Contextual correction of two ASCII code points at left * 128 + right. */
  contextual: Int16Array;
}

const BMP = 0x10000;

const cache = new Map<FontWeight, FontTable>();

/** Lookups for one weight, built on first use. */
export function fontTable(weight: FontWeight): FontTable {
  let table = cache.get(weight);
  if (!table) cache.set(weight, (table = buildTable(METRICS[weight])));
  return table;
}

/** Unpacks the generated runs, classes and pairs into arrays. */
function buildTable(metrics: FontMetricsTable): FontTable {
  const widths = new Uint16Array(BMP);
  const astralWidths = new Map<number, number>();
  for (const run of metrics.widths) {
    const first = run[0]!;
    for (let i = 1; i < run.length; i++) {
      const cp = first + i - 1;
      if (cp < BMP) widths[cp] = run[i]! + 1;
      else astralWidths.set(cp, run[i]!);
    }
  }
  const { left, right, pairs } = metrics.kerning;
  const kerning = new Int16Array(left.length * right.length);
  for (let i = 0; i + 2 < pairs.length; i += 3) kerning[pairs[i]! * right.length + pairs[i + 1]!] = pairs[i + 2]!;
  const contextual = new Int16Array(128 * 128);
  for (const [pair, v] of Object.entries(metrics.contextual)) contextual[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = v;
  const fallback = widths[0x30] ? widths[0x30] - 1 : metrics.unitsPerEm / 2;
  return { metrics, widths, astralWidths, fallback, leftClass: classes(left), rightClass: classes(right), kerning, rightClasses: right.length, contextual };
}

/** BMP code point → class id + 1, from one string of chars per class (the generator writes only BMP chars and < 255 classes: test/text.test.ts). */
function classes(groups: readonly string[]): Uint8Array {
  let last = 0;
  for (const chars of groups) for (let i = 0; i < chars.length; i++) last = Math.max(last, chars.charCodeAt(i));
  const byChar = new Uint8Array(last + 1);
  for (let id = 0; id < groups.length; id++) {
    const chars = groups[id]!;
    for (let i = 0; i < chars.length; i++) byChar[chars.charCodeAt(i)] = id + 1;
  }
  return byChar;
}
