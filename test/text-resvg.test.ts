import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resvg } from '@resvg/resvg-js';
import { fontFiles, measureText, type FontWeight } from '../src/text/measure.js';

const font = { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter' };

/** Left edge of the ink of `text`, drawn by resvg with the given anchor at x. */
function inkLeft(text: string, anchor: 'start' | 'end', x: number, weight: FontWeight, size: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="100"><text x="${x}" y="50" font-family="Inter"`
    + ` font-weight="${weight}" font-size="${size}" text-anchor="${anchor}">${text.replace(/>/g, '&gt;')}</text></svg>`;
  const box = new Resvg(svg, { font }).getBBox();
  assert.ok(box, `resvg drew nothing for ${text}`);
  return box.x;
}

// Ink width = advance minus side bearings, so compare advances: moving the anchor from
// start to end shifts the ink left by exactly the advance resvg laid out.
const resvgAdvance = (text: string, weight: FontWeight, size: number): number =>
  900 - (inkLeft(text, 'end', 900, weight, size) - inkLeft(text, 'start', 0, weight, size));

for (const weight of [400, 600] as const) {
  test(`measureText matches resvg's advance within 1% (weight ${weight})`, () => {
    for (const text of ['Web Interface', 'Notification Service', 'AWS CloudWatch', 'WWWWW', 'iiiii', 'A -> B', 'TLS 1.3 @ 443']) {
      for (const size of [13, 20]) {
        const expected = resvgAdvance(text, weight, size);
        const got = measureText(text, { size, weight });
        assert.ok(Math.abs(got - expected) <= expected * 0.01, `${text} @${size}: measured ${got}, resvg ${expected}`);
      }
    }
  });
}
