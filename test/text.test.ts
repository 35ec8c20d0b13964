import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fontFaceCss, fontFiles, fontMetrics, lineHeight, measureText, wrapText, FONT_FAMILY, FONT_STACK } from '../src/text/measure.js';
import { METRICS } from '../src/text/metrics.generated.js';

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

// The generated metrics read the plainest way (a Map per table, code point by code point), as
// measureText read them until its lookups became typed arrays: both must give the same widths.
const referenceTables = new Map<number, ReturnType<typeof referenceTable>>();

function referenceTable(weight: 400 | 600) {
  const m = METRICS[weight];
  const widths = new Map<number, number>();
  for (const [first = 0, ...run] of m.widths) run.forEach((w, i) => widths.set(first + i, w));
  const classOf = (groups: readonly string[]) => new Map(groups.flatMap((chars, id) => [...chars].map((c) => [c.codePointAt(0)!, id] as const)));
  const pairs = new Map<string, number>();
  for (let i = 0; i + 2 < m.kerning.pairs.length; i += 3) pairs.set(`${m.kerning.pairs[i]} ${m.kerning.pairs[i + 1]}`, m.kerning.pairs[i + 2]!);
  return { m, widths, left: classOf(m.kerning.left), right: classOf(m.kerning.right), pairs };
}

function referenceWidth(text: string, style: { size: number; weight: 400 | 600 }): number {
  if (!referenceTables.has(style.weight)) referenceTables.set(style.weight, referenceTable(style.weight));
  const { m, widths, left, right, pairs } = referenceTables.get(style.weight)!;
  let units = 0, previous = -1;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const l = left.get(previous), r = right.get(cp);
    const kern = l === undefined || r === undefined ? 0 : pairs.get(`${l} ${r}`) ?? 0;
    const context = previous >= 0 && previous < 128 && cp < 128 ? m.contextual[String.fromCharCode(previous, cp)] ?? 0 : 0;
    units += (widths.get(cp) ?? widths.get(0x30)!) + kern + context;
    previous = cp;
  }
  return Math.round(((units * style.size) / m.unitsPerEm) * 100) / 100;
}

test("measureText's lookups give the generated metrics exactly: every glyph, every kerning pair, astral and missing characters", () => {
  for (const weight of [400, 600] as const) {
    const m = METRICS[weight];
    const style = { size: 13, weight };
    // Every class string is BMP characters only and the classes fit a byte, as the lookups assume.
    for (const groups of [m.kerning.left, m.kerning.right]) {
      assert.ok(groups.length < 255);
      for (const chars of groups) assert.equal([...chars].length, chars.length, 'a class holds a character beyond the BMP');
    }
    const glyphs = m.widths.flatMap(([first = 0, ...run]) => run.map((_, i) => String.fromCodePoint(first + i)));
    for (const g of glyphs) assert.equal(measureText(`${g}x`, style), referenceWidth(`${g}x`, style), `U+${g.codePointAt(0)!.toString(16)}`);
    for (let i = 0; i + 2 < m.kerning.pairs.length; i += 3) {
      const text = `${m.kerning.left[m.kerning.pairs[i]!]![0]}${m.kerning.right[m.kerning.pairs[i + 1]!]![0]}`;
      assert.equal(measureText(text, style), referenceWidth(text, style), JSON.stringify(text));
    }
    for (const text of ['->', '<-->', 'Web -> API', 'AVATAR', '\u{1F600} smile', 'lone \ud800 surrogate', '\u4e2d\u6587', 'é—ü', '']) {
      assert.equal(measureText(text, style), referenceWidth(text, style), JSON.stringify(text));
    }
  }
});
