/** A vector glyph drawn with `currentColor`, so the theme tints it. */
export interface Glyph {
  id: string;
  viewBox: string;
  /** SVG markup of the glyph's shapes (no <svg> wrapper), using currentColor for fill/stroke. */
  body: string;
  /** Package, version and file the shapes come from. */
  source: string;
  /** SPDX licence id of the shapes (brand marks remain their owners' trademarks). */
  license: string;
  /** The brand's or AWS category's own colour, for themes that want it; generic glyphs have none. */
  color?: string;
}
