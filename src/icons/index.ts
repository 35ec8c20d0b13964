// CONTRACT STUB — to be replaced by the generated glyph set (owner: icons/ helper). Keep the signatures.
/** A vector glyph drawn with `currentColor`, so the theme tints it. */
export interface Glyph {
  id: string;
  viewBox: string;
  /** SVG markup of the glyph's shapes (no <svg> wrapper), using currentColor for fill/stroke. */
  body: string;
  source: string;
  license: string;
}

export function getGlyph(id: string): Glyph | null {
  return id ? { id, viewBox: '0 0 24 24', body: '<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>', source: 'stub', license: 'CC0-1.0' } : null;
}
