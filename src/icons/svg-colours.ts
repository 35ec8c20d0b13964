// One-colour icons take the theme's tint, like the shipped glyphs; colourful ones keep their colours.
import { PAINTS } from './svg-rules.js';
import { attr, type SvgElement } from './svg-tree.js';

const SHAPES = new Set(['path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']);
// Clip paths and masks shape what is drawn; their own colours never show.
const UNPAINTED = new Set(['clipPath', 'mask']);
const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff' };

/** A colour in one spelling (`#ABC` = `#aabbcc`, `black` = `#000000`); null for none. */
export function normaliseColour(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return null;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return NAMED[v] ?? v;
}

interface Inherited {
  fill: string;
  stroke: string;
}

/** Every colour the icon's shapes paint with (fill defaults to black); `url(…)` (a gradient) counts as many. */
export function paintedColours(root: SvgElement, from: Inherited = { fill: 'black', stroke: 'none' }): Set<string> {
  const out = new Set<string>();
  const visit = (el: SvgElement, inherited: Inherited): void => {
    if (UNPAINTED.has(el.name)) return;
    const here = { fill: attr(el, 'fill') ?? inherited.fill, stroke: attr(el, 'stroke') ?? inherited.stroke };
    if (SHAPES.has(el.name)) for (const paint of [here.fill, here.stroke]) add(out, paint);
    if (el.name === 'stop') add(out, attr(el, 'stop-color') ?? 'black');
    for (const child of el.children) visit(child, here);
  };
  visit(root, from);
  return out;
}

function add(out: Set<string>, paint: string): void {
  const c = normaliseColour(paint);
  if (c === null) return;
  if (c.startsWith('url(')) out.add('url').add('gradient');
  else out.add(c);
}

/** The tree with `colour` replaced by currentColor in every painted attribute. */
export function tint(el: SvgElement, colour: string): SvgElement {
  if (UNPAINTED.has(el.name)) return el;
  const attrs = el.attrs.map(([n, v]): [string, string] => (PAINTS.includes(n) && normaliseColour(v) === colour ? [n, 'currentColor'] : [n, v]));
  return { ...el, attrs, children: el.children.map((c) => tint(c, colour)) };
}
