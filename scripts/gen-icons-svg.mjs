// Reading the single-colour SVG files of simple-icons, aws-icons and Tabler, and re-emitting only
// whitelisted shapes and attributes.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
export const KEEP = ['d', 'fill', 'fill-rule', 'clip-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'opacity'];

/** Every <path> of an SVG file, depth first, with its attributes merged over its parents'. */
export function paths(file) {
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

export const pick = (attrs, names) => Object.fromEntries(names.filter((n) => attrs[n] !== undefined).map((n) => [n, attrs[n]]));
export const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
export const element = (attrs) => `<path${Object.entries(pick(attrs, KEEP)).map(([k, v]) => ` ${k}="${escape(v)}"`).join('')}/>`;
export const svgViewBox = (file) => readFileSync(file, 'utf8').match(/viewBox="([^"]+)"/)[1];

/** Fails when a glyph's ink (resvg's bbox, in viewBox units) leaves the cropped viewBox. */
export function checkInside(id, body, fullBox, cropBox) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fullBox}">${body}</svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: false } }).innerBBox();
  const [x, y, w, h] = cropBox.split(' ').map(Number);
  if (!box || box.x < x - 1 || box.y < y - 1 || box.x + box.width > x + w + 1 || box.y + box.height > y + h + 1) {
    throw new Error(`${id}: glyph outside ${cropBox}: ${JSON.stringify(box && [box.x, box.y, box.width, box.height])}`);
  }
}
