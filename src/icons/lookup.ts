import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Glyph } from './glyph.js';

let text: string | null = null;
let glyphs: readonly Glyph[] | null = null;
/** Each glyph's line of glyphs.json by id, parsed only when that glyph is asked for. */
let lines: ReadonlyMap<string, string> | null = null;
const parsed = new Map<string, Glyph | null>();

/**
 * assets/icons/glyphs.json (scripts/gen-icons.mjs writes it): 660 KB of path data that, bundled
 * into the CLI as code, cost ~20 ms of every start to read and deserialise; as data, read on first
 * use and only by a command that draws icons. Read as latin1 when it is ASCII (it is: V8 then
 * makes its one-byte string without decoding UTF-8).
 */
function shippedText(): string {
  if (text === null) {
    const bytes = readFileSync(join(packageRoot(), 'assets', 'icons', 'glyphs.json'));
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  }
  return text;
}

/** Every shipped glyph, parsed. */
function shipped(): readonly Glyph[] {
  return (glyphs ??= JSON.parse(shippedText()) as Glyph[]);
}

/**
 * The file has one glyph a line, each starting `{"id":"<id>"`: a diagram's dozen or so icons are
 * parsed from their lines alone (a first SVG spent ~2 ms parsing all 571). Should a line not look
 * like that, the whole file is parsed.
 */
function glyphLines(): ReadonlyMap<string, string> {
  if (lines) return lines;
  const byId = new Map<string, string>();
  const start = '{"id":"';
  for (const line of shippedText().split('\n')) {
    if (!line.startsWith(start)) continue;
    byId.set(line.slice(start.length, line.indexOf('"', start.length)), line.endsWith(',') ? line.slice(0, -1) : line);
  }
  return (lines = byId);
}

/** The glyph with this id, or null when neonarch ships none. */
export function getGlyph(id: string): Glyph | null {
  if (!parsed.has(id)) {
    const byLine = glyphLines();
    const line = byLine.get(id);
    const glyph = line === undefined ? null : (JSON.parse(line) as Glyph);
    const read = glyph?.id === id || (line === undefined && byLine.size > 0);
    parsed.set(id, read ? glyph : (shipped().find((g) => g.id === id) ?? null));
  }
  return parsed.get(id)!;
}

/** Every shipped glyph, sorted by id. */
export function allGlyphs(): readonly Glyph[] {
  return shipped();
}
