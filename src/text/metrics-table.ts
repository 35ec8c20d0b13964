/** Shape of the generated font metrics (src/text/metrics.generated.ts), all in font units. */
export interface FontMetricsTable {
  unitsPerEm: number;
  ascender: number;
  /** Negative: below the baseline. */
  descender: number;
  lineGap: number;
  capHeight: number;
  xHeight: number;
  /** Runs of consecutive code points: [first, advance of first, advance of next, …]. */
  widths: readonly (readonly number[])[];
  kerning: KerningTable;
  /** ASCII pairs whose shaped advance (contextual alternates, e.g. '->' → arrow) differs from widths + kerning. */
  contextual: Readonly<Record<string, number>>;
}

/** Pair kerning as classes: chars sharing a class kern identically. */
export interface KerningTable {
  /** Left classes: each string lists the chars of one class (class id = index). */
  left: readonly string[];
  right: readonly string[];
  /** Flat triples [leftClass, rightClass, value] for the non-zero pairs. */
  pairs: readonly number[];
}
