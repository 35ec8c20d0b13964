import { escapeXml } from './escape.js';

export type AttrValue = string | number | null | undefined;
export type Attrs = Record<string, AttrValue>;

/** A number for SVG output: at most 2 decimals, no `-0`. */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** ` name="value"` pairs in the given order; null/undefined are left out, strings escaped. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/** One element; `children` is already-built markup (self-closing when empty). */
export function el(name: string, a: Attrs, children = ''): string {
  return children ? `<${name}${attrs(a)}>${children}</${name}>` : `<${name}${attrs(a)}/>`;
}
