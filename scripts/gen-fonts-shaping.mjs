// Inter's contextual alternates ('calt', on by default in resvg and browsers) swap glyphs by
// their neighbours: '->' becomes an arrow, '*', '@', '<', '-' take case forms next to capitals.
// Widths + GPOS pairs cannot see that, so we ask the real shaper (resvg) for every ASCII pair
// and keep the difference. Measured at font-size = unitsPerEm, where 1 px = 1 font unit.
import { Resvg } from '@resvg/resvg-js';

const CHARS = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Left edge of the ink of `text` drawn with the given anchor at x. */
function inkLeft(text, anchor, x, weight, size, fontFile) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 4}" height="${size * 2}">`
    + `<text x="${x}" y="${size}" font-family="Inter" font-weight="${weight}" font-size="${size}"`
    + ` text-anchor="${anchor}" xml:space="preserve">${escape(text)}</text></svg>`;
  const font = { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: 'Inter' };
  return new Resvg(svg, { font }).getBBox()?.x;
}

/** Advance of `text` as resvg shapes it: 'end' anchoring moves the ink left by exactly the advance. */
export function shapedAdvance(text, weight, size, fontFile) {
  const far = size * 3;
  return far - (inkLeft(text, 'end', far, weight, size, fontFile) - inkLeft(text, 'start', 0, weight, size, fontFile));
}

/** Pairs (as two-char strings) whose shaped advance differs from widths + kerning, with the difference in font units. */
export function shapingResiduals(metrics, weight, fontFile) {
  const width = new Map(metrics.widths.flatMap(([first, ...run]) => run.map((w, i) => [first + i, w])));
  const residuals = {};
  for (const a of CHARS) {
    for (const b of CHARS) {
      if (a === ' ' && b === ' ') continue; // no ink to measure; spaces have no alternates
      const expected = width.get(a.charCodeAt(0)) + width.get(b.charCodeAt(0)) + kern(metrics, a, b);
      const diff = Math.round(shapedAdvance(a + b, weight, metrics.unitsPerEm, fontFile) - expected);
      if (Math.abs(diff) >= 2) residuals[a + b] = diff;
    }
  }
  return residuals;
}

/** Kerning of a char pair from the generated class tables. */
function kern({ kerning }, a, b) {
  const l = kerning.left.findIndex((chars) => chars.includes(a));
  const r = kerning.right.findIndex((chars) => chars.includes(b));
  for (let i = 0; i < kerning.pairs.length; i += 3) {
    if (kerning.pairs[i] === l && kerning.pairs[i + 1] === r) return kerning.pairs[i + 2];
  }
  return 0;
}
