import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fontFaceCss, fontFiles, fontMetrics, lineHeight, measureText, wrapText, FONT_FAMILY, FONT_STACK } from '../src/text/measure.js';

const body = { size: 14, weight: 400 } as const;
const bold = { size: 14, weight: 600 } as const;

test('measureText scales with size, is wider in semibold and is deterministic', () => {
  assert.equal(measureText('', body), 0);
  const w = measureText('Web Interface', body);
  assert.ok(w > 70 && w < 110, `${w}`);
  assert.ok(Math.abs(measureText('Web Interface', { size: 28, weight: 400 }) - 2 * w) <= 0.02);
  assert.ok(measureText('Web Interface', bold) > w);
  assert.equal(measureText('Web Interface', body), w);
});

test('measureText applies pair kerning and contextual arrows', () => {
  assert.ok(measureText('AV', body) < measureText('A', body) + measureText('V', body));
  assert.ok(measureText('->', body) < measureText('-', body) + measureText('>', body));
});

test('measureText falls back to the width of 0 for characters the font lacks', () => {
  assert.equal(measureText('\u4e2d', body), measureText('0', body));
  assert.ok(measureText('Ünïcödé → façade – “quoted” …', body) > 0);
});

test('lineHeight and fontMetrics are in px', () => {
  assert.equal(lineHeight(body), 18);
  const m = fontMetrics(body);
  assert.ok(m.ascent > m.capHeight && m.capHeight > m.xHeight && m.descent > 0, JSON.stringify(m));
});

test('wrapText breaks at spaces and keeps each line within maxWidth', () => {
  const lines = wrapText('Spreads requests over the service instances', body, 120);
  assert.ok(lines.length > 1);
  assert.equal(lines.join(' '), 'Spreads requests over the service instances');
  for (const line of lines) assert.ok(measureText(line, body) <= 120, line);
});

test('wrapText keeps a long single word whole but breaks it after / or -', () => {
  assert.deepEqual(wrapText('Supercalifragilistic', body, 30), ['Supercalifragilistic']);
  assert.deepEqual(wrapText('notification-service/v2', body, 90), ['notification-', 'service/v2']);
  assert.deepEqual(wrapText('one\ntwo', body, 500), ['one', 'two']);
  assert.deepEqual(wrapText('', body, 100), ['']);
});

test('font files ship and @font-face embeds both weights, small subset when the text allows', () => {
  assert.equal(FONT_FAMILY, 'Inter');
  assert.ok(FONT_STACK.startsWith('Inter,') && FONT_STACK.endsWith('sans-serif'));
  for (const file of fontFiles()) assert.ok(existsSync(file), file);
  const latin = fontFaceCss('Web Interface');
  assert.equal(latin.match(/@font-face/g)?.length, 2);
  assert.match(latin, /font-weight:400;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\)/);
  assert.ok(fontFaceCss('A → B').length > 2 * latin.length, 'the arrow needs the full font');
});
