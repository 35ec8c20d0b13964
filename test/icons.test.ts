import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';
import { allGlyphs, getGlyph } from '../src/icons/index.js';

const SVG = (viewBox: string, body: string, size = 24): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${size}" height="${size}" color="#00ff88">${body}</svg>`;

test('getGlyph finds shipped glyphs and returns null for unknown ids', () => {
  for (const id of ['react', 'aws-elb', 'server', 'k8s-ingress']) assert.equal(getGlyph(id)?.id, id);
  assert.equal(getGlyph('no-such-icon'), null);
  assert.equal(getGlyph(''), null);
});

test('every glyph records its source and licence and uses currentColor', () => {
  for (const g of allGlyphs()) {
    assert.match(g.source, /^(simple-icons|aws-icons|@tabler\/icons)@\d+\.\d+\.\d+ icons\/\S+\.svg$/, g.id);
    // Redistributable with adaptation and commercial use: never NC, ND or custom terms.
    assert.match(g.license, /^(CC0-1\.0|MIT|Apache-2\.0|BSD-[23]-Clause|CC-BY-\d\.\d|CC-BY-SA-\d\.\d)$/, `${g.id}: ${g.license}`);
    assert.match(g.viewBox, /^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/, g.id);
    assert.ok(g.body.includes('currentColor'), g.id);
    assert.ok(!/#[0-9a-f]{3,6}\b|rgb\(/i.test(g.body), `${g.id}: hard-coded colour`);
  }
});

test('every glyph body is well-formed XML with only safe shapes', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  for (const g of allGlyphs()) {
    const svg = SVG(g.viewBox, g.body);
    assert.equal(XMLValidator.validate(svg), true, g.id);
    assert.ok(parser.parse(svg).svg, g.id);
    assert.ok(!/<(script|foreignObject|image|use|a|style)\b/i.test(g.body), `${g.id}: unsafe element`);
    assert.ok(!/\son[a-z]+\s*=|href\s*=|url\(|javascript:/i.test(g.body), `${g.id}: unsafe attribute`);
  }
});

test('every glyph paints pixels when rendered by resvg', () => {
  for (const g of allGlyphs()) {
    const pixels = new Resvg(SVG(g.viewBox, g.body), { font: { loadSystemFonts: false } }).render().pixels;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 128) painted++;
    assert.ok(painted >= 12, `${g.id}: only ${painted} px painted`);
  }
});
