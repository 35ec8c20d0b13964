/** A vector glyph drawn with `currentColor`, so the theme tints it. */
export interface Glyph {
  id: string;
  viewBox: string;
  /** SVG markup of the glyph's shapes (no <svg> wrapper), painted in currentColor (cloud icons through a grey mask). */
  body: string;
  /** Package, version and file the shapes come from. */
  source: string;
  /** SPDX licence id of the shapes, or `LicenseRef-…` for a cloud provider's icon terms (marks remain their owners' trademarks). */
  license: string;
  /** The brand's colour, the AWS tile's, or an Azure/Google icon's main colour; generic glyphs have none. */
  color?: string;
}
