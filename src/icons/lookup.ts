import { GLYPHS } from './glyphs.generated.js';
import type { Glyph } from './glyph.js';

let byId: ReadonlyMap<string, Glyph> | null = null;

/** The glyph with this id, or null when neonarch ships none. */
export function getGlyph(id: string): Glyph | null {
  byId ??= new Map(GLYPHS.map((glyph) => [glyph.id, glyph]));
  return byId.get(id) ?? null;
}

/** Every shipped glyph, sorted by id. */
export function allGlyphs(): readonly Glyph[] {
  return GLYPHS;
}
