import { readFileSync } from 'node:fs';
import { assetPath } from '../paths.js';
import { LATIN_SUBSET } from './metrics.generated.js';

/** The family name the bundled font is registered under, in resvg and in SVG @font-face. */
export const FONT_FAMILY = 'Inter';

/** CSS font-family for SVG text: the bundled Inter first, then look-alikes should it fail to load. */
export const FONT_STACK = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const FACES = [
  { weight: 400, name: 'Regular' },
  { weight: 600, name: 'SemiBold' },
] as const;

/**
 * Absolute paths of the TTF files, for resvg's `font.fontFiles`. Pass the text to be drawn (the
 * whole SVG will do: its markup is ASCII): when every character is in the latin subset, the 46 KB
 * subset TTFs, which give the same pixels as the full 330 KB ones and parse in less than half the
 * time (resvg reads a font again for every text it shapes; docs/decisions/0004); else the full font.
 */
export function fontFiles(text = ''): string[] {
  const latin = allInLatinSubset(text);
  return FACES.map(({ name }) => assetPath('fonts', `Inter-${name}${latin ? '-latin' : ''}.ttf`));
}

const css = new Map<boolean, string>();

/**
 * @font-face rules (weights 400 and 600) with the WOFF2 files inlined as data URIs.
 * Pass all the text the SVG shows: when every character is in the small latin subset
 * (~28 KB a weight) that one is embedded, else the full font (~112 KB a weight).
 */
export function fontFaceCss(text = ''): string {
  const latin = allInLatinSubset(text);
  let rules = css.get(latin);
  if (rules === undefined) css.set(latin, (rules = FACES.map(({ weight, name }) => fontFace(weight, name, latin)).join('\n')));
  return rules;
}

function fontFace(weight: number, name: string, latin: boolean): string {
  const data = readFileSync(assetPath('fonts', `Inter-${name}${latin ? '-latin' : ''}.woff2`)).toString('base64');
  return `@font-face{font-family:${FONT_FAMILY};font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2")}`;
}

const BEYOND_ASCII = /[^\x00-\x7e]/g;

/** Whether the latin subsets have a glyph for every character of the text; a regex skips the ASCII. */
export function allInLatinSubset(text: string): boolean {
  // A surrogate half is no code point of the subset, so astral characters fail here too.
  for (const [c] of text.matchAll(BEYOND_ASCII)) if (!inLatinSubset(c.charCodeAt(0))) return false;
  return true;
}

/** Whether the latin subsets have a glyph for this code point (controls like '\n' never show). */
export function inLatinSubset(cp: number): boolean {
  return cp < 0x20 || LATIN_SUBSET.some(([first, last]) => cp >= first && cp <= last);
}
