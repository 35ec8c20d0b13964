// What a user's SVG icon may keep: shapes, groups, gradients, clips and masks, and the attributes
// that draw them. Everything else is dropped; what could run code or fetch something is named.

/** Elements kept as they are. */
export const ELEMENTS: ReadonlySet<string> = new Set([
  'svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon',
  'defs', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'use',
]);

/** Elements whose children are kept without them (a link's shapes still draw, the link does not). */
export const UNWRAPPED: ReadonlySet<string> = new Set(['a', 'switch']);

/** Elements that run code, load something or animate attributes: dropped with their content, and reported. */
export const HOSTILE: ReadonlySet<string> = new Set([
  'script', 'foreignObject', 'image', 'iframe', 'embed', 'object', 'audio', 'video', 'feImage',
  'animate', 'set', 'animateTransform', 'animateMotion', 'handler', 'listener', 'discard',
]);

/** Geometry and structure attributes. */
const GEOMETRY = [
  'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'y1', 'x2', 'y2', 'd', 'points', 'pathLength',
  'viewBox', 'preserveAspectRatio', 'transform', 'gradientTransform', 'gradientUnits', 'fx', 'fy', 'fr', 'offset',
  'spreadMethod', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
];

/** Presentation attributes; the same names are the CSS properties a style may set. */
export const PRESENTATION: ReadonlySet<string> = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'clip-path', 'clip-rule', 'mask',
  'stop-color', 'stop-opacity', 'color', 'display', 'visibility', 'vector-effect', 'paint-order', 'shape-rendering',
]);

/** Every attribute that may be written out (id and href are rewritten on the way). */
export const ATTRIBUTES: ReadonlySet<string> = new Set([...GEOMETRY, ...PRESENTATION, 'id', 'href']);

/** Attributes that carry a colour. */
export const PAINTS: readonly string[] = ['fill', 'stroke', 'stop-color', 'color'];

/** An XML id, and a reference to one. */
export const ID = /^[A-Za-z_][\w.-]*$/;
const LOCAL_REF = /^#([A-Za-z_][\w.-]*)$/;
const URL_REF = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;

/** `#id` → `#<prefix>id`; null when it points anywhere but inside the icon. */
export function localHref(value: string, prefix: string): string | null {
  const m = LOCAL_REF.exec(value.trim());
  return m ? `#${prefix}${m[1]}` : null;
}

/**
 * A value with every `url(#id)` moved into the icon's id space; null when it holds a reference
 * outside the icon (`url(http://…)`, `url(data:…)`) or something a style could run or fetch.
 */
export function safeValue(value: string, prefix: string): string | null {
  if (/[\\<>]|javascript:|expression\s*\(|@import/i.test(value)) return null;
  let outside = false;
  const out = value.replace(URL_REF, (_, _q: string, target: string) => {
    const ref = localHref(target, prefix);
    if (!ref) outside = true;
    return `url(${ref ?? ''})`;
  });
  if (outside || /url\(/i.test(out.replace(URL_REF, ''))) return null;
  return out;
}
