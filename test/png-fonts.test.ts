// The PNG's fonts: resvg gets the small latin subset TTFs when they hold every character, and they
// must draw exactly what the full TTFs draw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { allInLatinSubset, fontFiles } from '../src/text/fonts.js';

const names = (files: string[]): string[] => files.map((f) => basename(f));

test('latin text gets the subset TTFs, anything else the full ones', () => {
  assert.deepEqual(names(fontFiles('Web Interface — “Café” naïve • 99 € … ™')), ['Inter-Regular-latin.ttf', 'Inter-SemiBold-latin.ttf']);
  assert.deepEqual(names(fontFiles('A → B')), ['Inter-Regular.ttf', 'Inter-SemiBold.ttf']);
  assert.deepEqual(names(fontFiles('Škoda')), ['Inter-Regular.ttf', 'Inter-SemiBold.ttf']);
  assert.deepEqual(names(fontFiles('rocket 🚀')), ['Inter-Regular.ttf', 'Inter-SemiBold.ttf'], 'a surrogate pair is no latin character');
  assert.deepEqual(names(fontFiles()), ['Inter-Regular-latin.ttf', 'Inter-SemiBold-latin.ttf']);
  for (const file of [...fontFiles(), ...fontFiles('→')]) assert.ok(existsSync(file), file);
  assert.equal(allInLatinSubset('line one\nline two\t'), true, 'controls are never drawn');
});

test('the latin subset TTFs draw the same pixels as the full fonts', () => {
  const lines = ['Web Interface', 'AVAWAY Tj Ty Yo “quotes” — naïve café', 'office affine fjord ffl 1/2 @ #42', 'ÀÉÎÕÜ çñß øæ œ € ™ • … ‰'];
  const text = lines.flatMap((line, i) => [400, 600].map((weight, j) =>
    `<text x="12" y="${28 + (i * 2 + j) * 26}" font-family="Inter" font-weight="${weight}" font-size="${13 + i * 2}">${line}</text>`)).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="240"><rect width="520" height="240" fill="#0a0a0a"/><g fill="#fff">${text}</g></svg>`;
  assert.equal(allInLatinSubset(svg), true);
  const draw = (files: string[]): Buffer =>
    new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().pixels;
  const full = draw(fontFiles('→')), latin = draw(fontFiles(svg));
  assert.ok(full.some((v, i) => i % 4 === 0 && v > 200), 'the text is drawn at all');
  assert.ok(full.equals(latin), 'same pixels with the subset');
});
