#!/usr/bin/env node
// Dev tool, run by hand after changing scripts/gen-icons-sets.mjs or upgrading an icon package:
// `node scripts/gen-icons.mjs`. Writes src/icons/glyphs.generated.ts: each glyph re-drawn with
// currentColor (so a theme tints it), with only whitelisted elements and attributes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';
import { AWS, BRANDS, OUTLINE } from './gen-icons-sets.mjs';
import { noticeMarkdown } from './gen-icons-notice.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const version = (pkg) => JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
// Licences that allow redistribution and adaptation, commercial use included (attribution in docs/icons.md).
const SHIPPABLE = /^(CC0-1\.0|MIT|Apache-2\.0|BSD-[23]-Clause|CC-BY-\d\.\d|CC-BY-SA-\d\.\d)$/;
const KEEP = ['d', 'fill', 'fill-rule', 'clip-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'opacity'];

/** Every <path> of an SVG file, depth first, with its attributes merged over its parents'. */
function paths(file) {
  const found = [];
  const walk = (nodes, inherited) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@');
      const attrs = { ...inherited, ...(node[':@'] ?? {}) };
      if (tag === 'path') found.push(attrs);
      else if (tag === 'g' || tag === 'svg') walk(node[tag], tag === 'svg' ? pick(attrs, ['fill-rule']) : attrs);
      else if (tag !== 'title' && tag !== '#text' && tag !== '?xml') throw new Error(`${file}: unexpected <${tag}>`);
    }
  };
  walk(parser.parse(readFileSync(file, 'utf8')), {});
  return found;
}

const pick = (attrs, names) => Object.fromEntries(names.filter((n) => attrs[n] !== undefined).map((n) => [n, attrs[n]]));
const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const element = (attrs) => `<path${Object.entries(pick(attrs, KEEP)).map(([k, v]) => ` ${k}="${escape(v)}"`).join('')}/>`;
const svgViewBox = (file) => readFileSync(file, 'utf8').match(/viewBox="([^"]+)"/)[1];

/** simple-icons: one filled path. */
function brand(id, slug, meta) {
  const file = join(modules, 'simple-icons', 'icons', `${slug}.svg`);
  const info = meta.find((icon) => icon.slug === slug);
  if (!info) throw new Error(`simple-icons has no ${slug}`);
  const body = paths(file).map((p) => element({ ...p, fill: 'currentColor' })).join('');
  const license = info.license?.type ?? 'CC0-1.0';
  if (!SHIPPABLE.test(license)) throw new Error(`${slug}: licence ${license} does not allow shipping it in an MIT package`);
  const source = `simple-icons@${version('simple-icons')} icons/${slug}.svg`;
  return { id, viewBox: svgViewBox(file), body, source, license, color: `#${info.hex}`, upstream: info.source, title: info.title };
}

/** AWS: drop the coloured background square, keep the white glyph as currentColor, crop to the glyph area. */
function aws(id, name) {
  const file = join(modules, 'aws-icons', 'icons', 'architecture-service', `${name}.svg`);
  const all = paths(file);
  const background = all.find((p) => /^M0 0h(\d+)v\1H0z$/.test(p.d));
  if (!background) throw new Error(`${file}: no background square`);
  const body = all.filter((p) => p !== background).map((p) => element({ ...p, fill: 'currentColor' })).join('');
  const size = Number(background.d.match(/h(\d+)/)[1]);
  const viewBox = `${size / 8} ${size / 8} ${(size * 3) / 4} ${(size * 3) / 4}`; // AWS draws glyphs inside this safe area
  checkInside(id, body, svgViewBox(file), viewBox);
  return { id, viewBox, body, source: `aws-icons@${version('aws-icons')} icons/architecture-service/${name}.svg`, license: 'MIT', color: background.fill };
}

/** tabler: stroked outline paths; plain ones merged into one path under a group carrying the stroke. */
function outline(id, name) {
  const file = join(modules, '@tabler', 'icons', 'icons', 'outline', `${name}.svg`);
  const all = paths(file).filter((p) => p.stroke !== 'none');
  const plain = all.filter((p) => Object.keys(pick(p, KEEP)).every((k) => k === 'd' || p[k] === inheritedStroke[k]));
  const special = all.filter((p) => !plain.includes(p)).map((p) => element(pick(p, KEEP.filter((k) => !(k in inheritedStroke) || p[k] !== inheritedStroke[k]))));
  const merged = plain.length ? [`<path d="${plain.map((p) => p.d).join('')}"/>`] : [];
  const body = `<g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${[...merged, ...special].join('')}</g>`;
  return { id, viewBox: svgViewBox(file), body, source: `@tabler/icons@${version('@tabler/icons')} icons/outline/${name}.svg`, license: 'MIT' };
}
const inheritedStroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

/** Fails when a glyph's ink (resvg's bbox, in viewBox units) leaves the cropped viewBox. */
function checkInside(id, body, fullBox, cropBox) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fullBox}">${body}</svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: false } }).innerBBox();
  const [x, y, w, h] = cropBox.split(' ').map(Number);
  if (!box || box.x < x - 1 || box.y < y - 1 || box.x + box.width > x + w + 1 || box.y + box.height > y + h + 1) {
    throw new Error(`${id}: glyph outside ${cropBox}: ${JSON.stringify(box && [box.x, box.y, box.width, box.height])}`);
  }
}

const meta = JSON.parse(readFileSync(join(modules, 'simple-icons', 'data', 'simple-icons.json'), 'utf8'));
const glyphs = [
  ...Object.entries(BRANDS).map(([id, slug]) => brand(id, slug, Array.isArray(meta) ? meta : meta.icons)),
  ...Object.entries(AWS).map(([id, name]) => aws(id, name)),
  ...Object.entries(OUTLINE).map(([id, name]) => outline(id, name)),
].sort((a, b) => (a.id < b.id ? -1 : 1));
const ids = glyphs.map((g) => g.id);
if (new Set(ids).size !== ids.length) throw new Error('duplicate glyph id');
writeFileSync(join(root, 'src', 'icons', 'glyphs.generated.ts'), [
  '// GENERATED by scripts/gen-icons.mjs from scripts/gen-icons-sets.mjs — do not edit by hand.',
  `import type { Glyph } from './glyph.js';`,
  '',
  '/** Every shipped glyph, sorted by id. */',
  'export const GLYPHS: readonly Glyph[] = [',
  ...glyphs.map(({ upstream, title, ...glyph }) => `  ${JSON.stringify(glyph)},`),
  '];',
  '',
].join('\n'));
writeFileSync(join(root, 'docs', 'icons.md'), noticeMarkdown(glyphs, readFileSync(join(modules, '@tabler', 'icons', 'LICENSE'), 'utf8')));
console.log(`${glyphs.length} glyphs written`);
