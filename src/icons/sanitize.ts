// A user's SVG icon made safe to embed in a diagram: an allow-list of shapes and attributes,
// ids moved into the icon's own space, CSS turned into attributes, nothing that runs or fetches.
import { ATTRIBUTES, ELEMENTS, HOSTILE, ID, localHref, PRESENTATION, safeValue, UNWRAPPED } from './svg-rules.js';
import { declarations, matchRules, styleRules, type Note, type StyleRule } from './svg-style.js';
import { paintedColours, tint } from './svg-colours.js';
import { useProblem } from './svg-uses.js';
import { attr, serialise, type SvgElement } from './svg-tree.js';
import { readXml, type XmlElement, type XmlNode } from './xml-read.js';
import { iconViewBox } from './svg-viewbox.js';

/** An icon ready for a `<symbol>`: its viewBox, its markup, whether the theme tints it, and what was removed. */
export interface SanitisedSvg {
  viewBox: string;
  body: string;
  tinted: boolean;
  removed: string[];
}

/** The largest icon file read, in bytes. */
export const MAX_ICON_BYTES = 256 * 1024;
// Metadata and editor markup go without a word; anything else removed is listed in a warning.
const SILENT = new Set(['metadata', 'title', 'desc', 'style']);
const HREF_OWNERS = new Set(['use', 'linearGradient', 'radialGradient']);

/** Sanitises SVG text; `prefix` keeps the icon's ids apart from the diagram's and other icons'. Never throws. */
export function sanitizeSvg(text: string, prefix: string): SanitisedSvg | { error: string } {
  if (text.length > MAX_ICON_BYTES) return { error: `it is larger than ${MAX_ICON_BYTES / 1024} KB` };
  const read = readXml(text);
  if ('error' in read) return { error: `it is not well-formed XML: ${read.error}` };
  if (localName(read.root.name) !== 'svg') return { error: `its root element is <${read.root.name}>, not <svg>` };
  const viewBox = iconViewBox(read.root);
  if (typeof viewBox !== 'string') return viewBox;
  const removed = new Set(read.skipped);
  const ctx: Context = { prefix, rules: collectRules(read.root, prefix, (w) => removed.add(w)), note: (w) => removed.add(w) };
  const root: SvgElement = { name: 'g', attrs: presentation(attributes(read.root, 'svg', ctx)), children: children(read.root, ctx) };
  const problem = useProblem(root);
  if (problem) return { error: problem };
  return { viewBox, ...colour(root), removed: [...removed].sort() };
}

interface Context {
  prefix: string;
  rules: StyleRule[];
  note: Note;
}

const localName = (name: string): string => name.replace(/^svg:/, '');

function collectRules(el: XmlElement, prefix: string, note: Note): StyleRule[] {
  const own = localName(el.name) === 'style' ? styleRules(textOf(el), prefix, note) : [];
  return [...own, ...elements(el.children).flatMap((c) => collectRules(c, prefix, note))];
}

const elements = (nodes: readonly XmlNode[]): XmlElement[] => nodes.filter((n): n is XmlElement => 'name' in n);
const textOf = (el: XmlElement): string => el.children.map((c) => ('text' in c ? c.text : '')).join('');

function children(el: XmlElement, ctx: Context): SvgElement[] {
  return elements(el.children).flatMap((c) => clean(c, ctx));
}

function clean(el: XmlElement, ctx: Context): SvgElement[] {
  const name = localName(el.name);
  if (ELEMENTS.has(name)) return element(el, name, ctx);
  if (UNWRAPPED.has(name)) {
    const link = el.attrs.find(([n]) => n === 'href' || n === 'xlink:href');
    if (link) ctx.note(`link <${name} href="${link[1].slice(0, 40)}"> (its shapes are kept)`);
    return children(el, ctx);
  }
  if (HOSTILE.has(name)) ctx.note(`<${name}>`);
  else if (!SILENT.has(name) && !name.includes(':')) ctx.note(`<${name}> (not supported)`);
  return [];
}

function element(el: XmlElement, name: string, ctx: Context): SvgElement[] {
  const attrs = attributes(el, name, ctx);
  if (name === 'use' && !attrs.some(([n]) => n === 'href')) return [];
  // A nested viewport clips; resvg 2.6 aborts on a clipped viewport outside the canvas (docs/decisions/0004).
  const extra: [string, string][] = name === 'svg' ? [['overflow', 'visible']] : [];
  return [{ name, attrs: [...attrs, ...extra], children: children(el, ctx) }];
}

/** The element's own allowed attributes, then its CSS rules, then its style attribute (later wins). */
function attributes(el: XmlElement, name: string, ctx: Context): [string, string][] {
  const out = new Map<string, string>();
  let classes: string[] = [];
  let style = '';
  for (const [raw, value] of el.attrs) {
    const key = raw === 'xlink:href' ? 'href' : raw;
    if (key === 'class') classes = value.split(/\s+/);
    else if (key === 'style') style = value;
    else {
      const kept = attribute(key, value, name, ctx);
      if (kept !== null) out.set(key, kept);
    }
  }
  for (const [k, v] of [...matchRules(ctx.rules, name, classes), ...declarations(style, ctx.prefix, ctx.note)]) out.set(k, v);
  return [...out];
}

function attribute(key: string, value: string, element: string, ctx: Context): string | null {
  if (/^on/i.test(key)) return ctx.note(`${key}= event handler`), null;
  if (key === 'href') {
    const ref = HREF_OWNERS.has(element) ? localHref(value, ctx.prefix) : null;
    if (ref === null) ctx.note(`href="${value.slice(0, 40)}" (only #ids inside the icon)`);
    return ref;
  }
  if (key === 'id') return ID.test(value) ? `${ctx.prefix}${value}` : null;
  if (!ATTRIBUTES.has(key)) return null;
  const safe = safeValue(value, ctx.prefix);
  if (safe === null) ctx.note(`${key}="${value.slice(0, 40)}" (points outside the icon)`);
  return safe;
}

// The root <svg>'s own size and viewBox become the symbol's; only its paint carries over.
const presentation = (attrs: [string, string][]): [string, string][] => attrs.filter(([n]) => PRESENTATION.has(n));

function colour(root: SvgElement): { body: string; tinted: boolean } {
  const colours = paintedColours(root);
  if (colours.size > 1) return { body: serialise(root), tinted: false };
  const [only] = colours;
  const tinted = only === undefined ? root : tint(root, only);
  const painted = attr(tinted, 'fill') === undefined ? { ...tinted, attrs: [['fill', 'currentColor'], ...tinted.attrs] as [string, string][] } : tinted;
  return { body: serialise(painted), tinted: true };
}
