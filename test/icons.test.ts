import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';
import { allGlyphs, getGlyph, type Glyph } from '../src/icons/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

const SVG = (viewBox: string, body: string, size = 24): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${size}" height="${size}" color="#00ff88">${body}</svg>`;

const SOURCE = /^(simple-icons|aws-icons|@tabler\/icons|@likec4\/icons)@\d+\.\d+\.\d+ (icons\/\S+\.svg|(azure|gcp)\/[a-z0-9-]+\.js)$/;
// Redistributable with adaptation and commercial use (never NC, ND or custom), or a cloud provider's own icon terms.
const LICENSE = /^(CC0-1\.0|Unlicense|MIT|Apache-2\.0|BSD-[23]-Clause|CC-BY-\d\.\d|CC-BY-SA-\d\.\d|LicenseRef-(AWS-Architecture|Azure-Architecture|Google-Cloud)-Icons)$/;
const CLOUD_TERMS: Record<string, string> = {
  'aws-icons': 'LicenseRef-AWS-Architecture-Icons',
  '@likec4/icons azure': 'LicenseRef-Azure-Architecture-Icons',
  '@likec4/icons gcp': 'LicenseRef-Google-Cloud-Icons',
};

/** The body without its mask, whose shapes are greys (ink levels), not colours. */
const outsideMask = (g: Glyph): string => g.body.replace(/<mask\b[\s\S]*?<\/mask>/g, '');

test('getGlyph finds shipped glyphs and returns null for unknown ids', () => {
  for (const id of ['react', 'aws-elb', 'server', 'k8s-ingress', 'azure-functions', 'gcp-bigquery']) assert.equal(getGlyph(id)?.id, id);
  assert.equal(getGlyph('no-such-icon'), null);
  assert.equal(getGlyph(''), null);
});

test('every glyph records its source and licence, and cloud glyphs their provider\'s terms', () => {
  for (const g of allGlyphs()) {
    assert.match(g.source, SOURCE, g.id);
    assert.match(g.license, LICENSE, `${g.id}: ${g.license}`);
    const set = g.source.replace(/@[\d.]+ (azure|gcp)?.*$/, (_, cloud) => (cloud ? ` ${cloud}` : ''));
    if (CLOUD_TERMS[set]) assert.equal(g.license, CLOUD_TERMS[set], g.id);
    assert.match(g.viewBox, /^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/, g.id);
    if (g.color !== undefined) assert.match(g.color, /^#[0-9A-F]{6}$/, g.id);
  }
});

test('every glyph paints with currentColor only (a mask holds greys: how much of it)', () => {
  for (const g of allGlyphs()) {
    assert.ok(outsideMask(g).includes('currentColor'), g.id);
    assert.ok(!/#[0-9a-f]{3,6}\b|rgb\(/i.test(outsideMask(g)), `${g.id}: hard-coded colour`);
    for (const [, hex] of g.body.matchAll(/#([0-9a-f]{6})\b/gi)) assert.match(hex!, /^(..)\1\1$/i, `${g.id}: mask shade #${hex} is not grey`);
  }
});

test('every glyph body is well-formed XML with only safe shapes', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  for (const g of allGlyphs()) {
    const svg = SVG(g.viewBox, g.body);
    assert.equal(XMLValidator.validate(svg), true, g.id);
    assert.ok(parser.parse(svg).svg, g.id);
    assert.ok(!/<(script|foreignObject|image|use|a|style|iframe|animate|set)\b/i.test(g.body), `${g.id}: unsafe element`);
    assert.ok(!/\son[a-z]+\s*=|href\s*=|javascript:|data:/i.test(g.body), `${g.id}: unsafe attribute`);
  }
});

test('references inside a glyph only point at its own ids, prefixed so two glyphs never clash', () => {
  for (const g of allGlyphs()) {
    const ids = [...g.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids) assert.ok(id.startsWith(`glyph-${g.id}-`), `${g.id}: id ${id}`);
    for (const [, ref] of g.body.matchAll(/url\(([^)]*)\)/g)) assert.ok(ids.includes(ref!.replace(/^#/, '')), `${g.id}: url(${ref})`);
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

test('a tonal cloud glyph keeps shades: lighter parts of the original paint less', () => {
  const g = getGlyph('gcp-bigquery')!;
  const greys = new Set([...g.body.matchAll(/fill="#([0-9a-f]{6})"/gi)].map((m) => m[1]));
  assert.ok(greys.size >= 2, `only ${[...greys].join(', ')}`);
  assert.equal(g.color, '#669DF6');
});

test('a glyph read from its own line of glyphs.json is the glyph the whole file holds, for every id; unknown ids give null', () => {
  const whole = JSON.parse(readFileSync(join(packageRoot(), 'assets', 'icons', 'glyphs.json'), 'utf8')) as { id: string }[];
  for (const glyph of whole) assert.deepEqual(getGlyph(glyph.id), glyph, glyph.id);
  assert.equal(getGlyph('no-such-glyph'), null);
  assert.equal(allGlyphs().length, whole.length);
});
