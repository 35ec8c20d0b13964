import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Glyph } from './glyph.js';

let glyphs: readonly Glyph[] | null = null;
let byId: ReadonlyMap<string, Glyph> | null = null;

/**
 * The shipped glyphs, read on first use from assets/icons/glyphs.json (scripts/gen-icons.mjs
 * writes it): 660 KB of path data that, bundled into the CLI as code, cost ~20 ms of every start
 * to read and deserialise; as data they cost ~5 ms, and only to a command that draws icons.
 */
function shipped(): readonly Glyph[] {
  return (glyphs ??= JSON.parse(readFileSync(join(packageRoot(), 'assets', 'icons', 'glyphs.json'), 'utf8')) as Glyph[]);
}

/** The glyph with this id, or null when neonarch ships none. */
export function getGlyph(id: string): Glyph | null {
  byId ??= new Map(shipped().map((glyph) => [glyph.id, glyph]));
  return byId.get(id) ?? null;
}

/** Every shipped glyph, sorted by id. */
export function allGlyphs(): readonly Glyph[] {
  return shipped();
}
