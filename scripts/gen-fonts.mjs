#!/usr/bin/env node
// Dev tool, run by hand after upgrading inter-ui: `node scripts/gen-fonts.mjs`.
// Writes assets/fonts/ (TTF for resvg, full and latin subset; WOFF2 for SVG @font-face; OFL licence) and
// src/text/metrics.generated.ts (advance widths + kerning, so runtime never parses a font).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decompress } from 'wawoff2';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';
import { kerningReader } from './gen-fonts-kerning.mjs';
import { shapingResiduals } from './gen-fonts-shaping.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const inter = join(root, 'node_modules', 'inter-ui');
const out = join(root, 'assets', 'fonts');
// The full "web" build: the latin subset lacks → ← ↔ and Š Ž, which labels do use.
const WEIGHTS = [
  { weight: 400, name: 'Regular' },
  { weight: 600, name: 'SemiBold' },
];
// Kerning is kept for the characters labels are written in; other scripts get widths only.
const KERN_CHARS = [[0x20, 0x7e], [0xa0, 0x17f], [0x2013, 0x2014], [0x2018, 0x201e], [0x2022, 0x2022], [0x2026, 0x2026]]
  .flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));

/** The lookups of the 'kern' feature of the latn script (default language), in lookup order. */
function kernLookups(font) {
  const gpos = font.tables.gpos;
  const latn = gpos.scripts.find((s) => s.tag === 'latn') ?? gpos.scripts[0];
  const features = latn.script.defaultLangSys.featureIndexes.map((i) => gpos.features[i]);
  return [...new Set(features.filter((f) => f.tag === 'kern').flatMap((f) => f.feature.lookupListIndexes))].sort((a, b) => a - b);
}

// The shaping features resvg applies to horizontal text by default (rustybuzz, as HarfBuzz): the
// latin TTFs keep these and nothing else, so text in the subset renders to the same pixels as with
// the full font (test/png-fonts.test.ts) from a file a seventh the size.
const SHAPING_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'rvrn', 'curs', 'dist'];
// Family and subfamily names (1, 2, 16, 17 among them): resvg finds "Inter" weight 600 by them.
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 16, 17];

/** Runs of consecutive code points: [first, width, width, …] in font units. */
function widthRuns(font) {
  const cps = Object.keys(font.tables.cmap.glyphIndexMap).map(Number).sort((a, b) => a - b);
  const runs = [];
  for (const cp of cps) {
    const last = runs.at(-1);
    const width = font.glyphs.get(font.tables.cmap.glyphIndexMap[cp]).advanceWidth;
    if (last && last[0] + last.length - 1 === cp) last.push(width);
    else runs.push([cp, width]);
  }
  return runs;
}

/** Chars grouped by identical kerning vectors, so the table stays small: classes + a sparse matrix. */
function kerningClasses(font, bytes) {
  const kern = kerningReader(bytes, kernLookups(font));
  const chars = KERN_CHARS.filter((c) => font.tables.cmap.glyphIndexMap[c.codePointAt(0)] !== undefined);
  const gid = (c) => font.tables.cmap.glyphIndexMap[c.codePointAt(0)];
  const value = new Map(chars.flatMap((a) => chars.map((b) => [a + b, kern(gid(a), gid(b))])));
  const group = (keyOf) => {
    const byKey = new Map();
    for (const c of chars) {
      const key = keyOf(c);
      if (/^[0,]*$/.test(key)) continue;
      byKey.set(key, (byKey.get(key) ?? '') + c);
    }
    return [...byKey.values()];
  };
  const left = group((a) => chars.map((b) => value.get(a + b)).join(','));
  const right = group((b) => chars.map((a) => value.get(a + b)).join(','));
  const pairs = left.flatMap((l, i) => right.map((r, j) => [i, j, value.get(l[0] + r[0])]).filter(([, , v]) => v !== 0));
  return { left, right, pairs: pairs.flat() };
}

/** Everything measureText needs for one weight. */
function metricsOf(font, bytes) {
  const { hhea, os2 } = font.tables;
  return {
    unitsPerEm: font.unitsPerEm, ascender: hhea.ascender, descender: hhea.descender, lineGap: hhea.lineGap,
    capHeight: os2.sCapHeight, xHeight: os2.sxHeight, widths: widthRuns(font), kerning: kerningClasses(font, bytes),
  };
}

/** JSON with arrays of numbers kept on one line, so regenerating gives a readable diff. */
function pretty(value, indent = '') {
  const inner = indent + '  ';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return JSON.stringify(value);
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')},\n${indent}]`;
  if (typeof value !== 'object') return JSON.stringify(value);
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')},\n${indent}}`;
}

mkdirSync(out, { recursive: true });
const version = JSON.parse(readFileSync(join(inter, 'package.json'), 'utf8')).version;
const latin = await decompress(readFileSync(join(inter, 'web-latin', 'Inter-Regular-subset.woff2')));
const latinBytes = new Uint8Array(latin);
const latinFont = opentype.parse(latinBytes.buffer.slice(latinBytes.byteOffset, latinBytes.byteOffset + latinBytes.byteLength));
const latinRanges = widthRuns(latinFont).map((run) => [run[0], run[0] + run.length - 2]);
const latinText = latinRanges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
const metrics = {};
for (const { weight, name } of WEIGHTS) {
  const woff2 = join(inter, 'web', `Inter-${name}.woff2`);
  const ttf = await decompress(readFileSync(woff2));
  writeFileSync(join(out, `Inter-${name}.ttf`), ttf);
  // resvg reads a TTF again for every text it shapes: the 46 KB subset parses in 8 ms a PNG, not 19.
  writeFileSync(join(out, `Inter-${name}-latin.ttf`), await subsetFont(Buffer.from(ttf), latinText, { targetFormat: 'truetype', keepFeatures: SHAPING_FEATURES, preserveNameIds: NAME_IDS }));
  copyFileSync(woff2, join(out, `Inter-${name}.woff2`));
  copyFileSync(join(inter, 'web-latin', `Inter-${name}-subset.woff2`), join(out, `Inter-${name}-latin.woff2`));
  const bytes = new Uint8Array(ttf);
  metrics[weight] = metricsOf(opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), bytes);
  metrics[weight].contextual = shapingResiduals(metrics[weight], weight, join(out, `Inter-${name}.ttf`));
}
copyFileSync(join(inter, 'LICENSE.txt'), join(out, 'LICENSE-Inter.txt'));
writeFileSync(join(root, 'src', 'text', 'metrics.generated.ts'), [
  `// GENERATED by scripts/gen-fonts.mjs from inter-ui@${version} — do not edit by hand.`,
  `import type { FontMetricsTable } from './metrics-table.js';`,
  '',
  `/** Code point ranges [first, last] covered by the small latin subsets (WOFF2 and TTF). */`,
  `export const LATIN_SUBSET: readonly (readonly [number, number])[] = ${JSON.stringify(latinRanges)};`,
  '',
  `/** Inter metrics per weight, in font units. */`,
  `export const METRICS: Readonly<Record<400 | 600, FontMetricsTable>> = ${pretty(metrics)};`,
  '',
].join('\n'));
console.log('fonts and metrics written', Object.fromEntries(Object.entries(metrics).map(([w, m]) =>
  [w, { runs: m.widths.length, left: m.kerning.left.length, right: m.kerning.right.length, pairs: m.kerning.pairs.length / 3, contextual: Object.keys(m.contextual).length }])));
