/** An element of a sanitised icon: allowed name, allowed attributes with safe values. */
export interface SvgElement {
  name: string;
  attrs: [string, string][];
  children: SvgElement[];
}

/** The value of an attribute, or undefined. */
export function attr(el: SvgElement, name: string): string | undefined {
  return el.attrs.find(([n]) => n === name)?.[1];
}

/** Every element of the tree, depth first. */
export function* walk(el: SvgElement): Generator<SvgElement> {
  yield el;
  for (const child of el.children) yield* walk(child);
}

// Characters XML 1.0 forbids anywhere are dropped, the markup characters escaped.
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The tree as markup. */
export function serialise(el: SvgElement): string {
  const attrs = el.attrs.map(([n, v]) => ` ${n}="${v.replace(ILLEGAL, '').replace(/[&<>"]/g, (c) => ESCAPES[c]!)}"`).join('');
  const inner = el.children.map(serialise).join('');
  return inner ? `<${el.name}${attrs}>${inner}</${el.name}>` : `<${el.name}${attrs}/>`;
}
