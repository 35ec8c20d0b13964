// Multicolour cloud icons (Azure, Google Cloud) → one-colour "tonal" glyphs: each shape becomes a grey
// level in a luminance mask over a currentColor square, so the theme tints the icon while highlights
// drawn over darker shapes still read as lighter (a mask composites; stacked opacities would not).
import { Resvg } from '@resvg/resvg-js';
import { paintOf, readStyles, saturation, stylesFor } from './gen-icons-paint.mjs';

const SHAPES = new Set(['path', 'circle', 'ellipse', 'rect', 'polygon', 'polyline', 'line']);
const SKIP = new Set(['defs', 'style', 'title', 'desc', 'linearGradient', 'radialGradient', 'clipPath', 'metadata']);
const GEOMETRY = ['d', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height', 'points', 'x1', 'y1', 'x2', 'y2', 'transform'];
const SHAPE_ATTRS = [...GEOMETRY, 'fill-rule', 'clip-rule', 'opacity', 'fill-opacity', 'stroke-opacity', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit'];
const INHERITED = ['fill', 'stroke', 'fill-rule', 'clip-rule', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'fill-opacity', 'stroke-opacity'];

const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attrs = (pairs) => pairs.filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');

/** The tonal glyph of an element tree: { viewBox, body, color } where color is the product's main colour. */
export function tonal(id, tree, { ignoreMasks = false } = {}) {
  const ctx = { id, ignoreMasks, styles: readStyles(tree), defs: indexDefs(tree), clips: new Map(), shapes: [] };
  collect(tree, { fill: '#000000' }, ctx, []);
  const inks = ctx.shapes.flatMap((s) => [s.fillInk, s.strokeInk]).filter((i) => i !== null);
  const top = Math.max(...inks.map((i) => i.ink));
  if (!(top > 0)) throw new Error(`${id}: no ink`);
  const viewBox = tree.attrs.viewBox;
  const draw = (grey) => masked(ctx, viewBox, ctx.shapes.map((s) => s.render(grey)).join(''));
  const body = draw((ink) => (ink ? tone(ink.ink / top) : 'none'));
  return { viewBox, body, color: mainColor(inks, (hex) => area(viewBox, draw((ink) => (ink?.hex === hex ? '#ffffff' : ink ? '#000000' : 'none')))) };
}

/** The glyph: clip paths, then the grey shapes as a luminance mask over a currentColor square. */
function masked(ctx, viewBox, shapes) {
  const [x, y, w, h] = viewBox.split(/[\s,]+/).map(Number);
  const maskId = `glyph-${ctx.id}-mask`;
  const clips = [...ctx.clips.values()].map((c) => c.svg).join('');
  return `${clips}<mask id="${maskId}" maskUnits="userSpaceOnUse" x="${x}" y="${y}" width="${w}" height="${h}">${shapes}</mask>`
    + `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="currentColor" mask="url(#${maskId})"/>`;
}

/** Painted pixels of a glyph body at 48 px. */
function area(viewBox, body) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="48" height="48" color="#ffffff">${body}</svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 128) painted++;
  return painted;
}

/** The saturated colour covering most of the icon (greys and whites are shading, not the product's colour). */
function mainColor(inks, areaOf) {
  const hexes = [...new Set(inks.filter((i) => i.ink > 0.2 && saturation(i.hex) > 0.25).map((i) => i.hex))].sort();
  if (!hexes.length) return inks.reduce((a, b) => (b.ink > a.ink ? b : a)).hex;
  return hexes.map((hex) => ({ hex, area: areaOf(hex) })).reduce((a, b) => (b.area > a.area ? b : a)).hex;
}

function indexDefs(tree) {
  const defs = new Map();
  const walk = (node) => {
    if (typeof node === 'string') return;
    if (node.attrs.id) defs.set(node.attrs.id, node);
    node.children.forEach(walk);
  };
  walk(tree);
  return defs;
}

/** Walks rendered content; `open` holds the group wrappers (transform, opacity, clip) around a shape. */
function collect(node, inherited, ctx, open) {
  if (typeof node === 'string' || SKIP.has(node.tag)) return;
  const own = { ...node.attrs, ...stylesFor(node, ctx.styles) };
  const paint = { ...inherited, ...Object.fromEntries(INHERITED.filter((k) => own[k] !== undefined).map((k) => [k, own[k]])) };
  if (node.tag === 'svg') return node.children.forEach((c) => collect(c, paint, ctx, open));
  if (node.tag === 'g') {
    const wrap = groupWrap(own, ctx);
    return node.children.forEach((c) => collect(c, paint, ctx, wrap ? [...open, wrap] : open));
  }
  if (!SHAPES.has(node.tag)) throw new Error(`${ctx.id}: unexpected <${node.tag}>`);
  if (own.filter || (own.mask && !ctx.ignoreMasks)) throw new Error(`${ctx.id}: masked or filtered <${node.tag}>`);
  const drawn = shape(node.tag, own, paint, ctx, open);
  if (drawn.fillInk || drawn.strokeInk) ctx.shapes.push(drawn); // an unpainted shape draws nothing
}

function groupWrap(own, ctx) {
  if ((own.mask && !ctx.ignoreMasks) || own.filter) throw new Error(`${ctx.id}: masked or filtered group`);
  const pairs = [['transform', own.transform], ['opacity', own.opacity], ['clip-path', clipRef(own['clip-path'], ctx)]];
  return pairs.some(([, v]) => v !== undefined) ? attrs(pairs) : null;
}

function shape(tag, own, paint, ctx, open) {
  const fillInk = paintOf(paint.fill, ctx.defs);
  const strokeInk = paint.stroke ? paintOf(paint.stroke, ctx.defs) : null;
  const base = SHAPE_ATTRS.map((k) => [k, k in own || !INHERITED.includes(k) ? own[k] : paint[k]]);
  const clip = clipRef(own['clip-path'], ctx);
  const render = (grey) => {
    const stroke = strokeInk ? [['stroke', grey(strokeInk)]] : [];
    const el = `<${tag}${attrs([...base, ['fill', grey(fillInk)], ...stroke, ['clip-path', clip]])}/>`;
    return open.reduceRight((inner, wrap) => `<g${wrap}>${inner}</g>`, el);
  };
  return { fillInk, strokeInk, render };
}

/** Copies a clipPath (renamed per glyph, so two glyphs in one document never share an id). */
function clipRef(ref, ctx) {
  if (!ref || ref === 'none') return undefined;
  const target = ref.match(/^url\(#([^)]+)\)$/)?.[1];
  const clip = target && ctx.defs.get(target);
  if (!clip || clip.tag !== 'clipPath') throw new Error(`${ctx.id}: unsupported clip ${ref}`);
  if (!ctx.clips.has(target)) {
    const id = `glyph-${ctx.id}-clip-${ctx.clips.size + 1}`;
    const own = attrs([['id', id], ['clipPathUnits', clip.attrs.clipPathUnits], ['transform', clip.attrs.transform]]);
    ctx.clips.set(target, { id, svg: `<clipPath${own}>${clipShapes(clip, ctx)}</clipPath>` });
  }
  return `url(#${ctx.clips.get(target).id})`;
}

const clipShapes = (clip, ctx) => clip.children.map((c) => {
  if (typeof c === 'string' || !SHAPES.has(c.tag)) throw new Error(`${ctx.id}: unsupported clip content`);
  return `<${c.tag}${attrs(GEOMETRY.map((k) => [k, c.attrs[k]]))}/>`;
}).join('');

/** A grey for a relative ink level: paper stays black (no paint), any ink at least a visible 40 %. */
function tone(level) {
  if (level < 0.08) return '#000000';
  const v = Math.round(255 * (0.4 + 0.6 * Math.min(1, level)));
  return `#${v.toString(16).padStart(2, '0').repeat(3)}`;
}
