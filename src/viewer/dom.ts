// Building the page's DOM: text always goes in as text nodes, never as markup.
import { isExternal, safeHref } from './links.js';

type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = Node | string | number | null | undefined | false;

/** An HTML element with attributes and children; strings become text nodes, `on*` attributes are refused. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  append(el, children);
  return el;
}

/** An SVG element with attributes. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  return el;
}

/** Appends children, strings as text. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link to a model's URL when it is safe (http(s), mailto, relative), else the text alone. */
export function userLink(url: string, text: string, base: string): HTMLElement {
  const href = safeHref(url, base);
  if (href === null) return h('span', { class: 'nx-link-text', title: 'not a web link, shown as text' }, text);
  const external = isExternal(href) ? { target: '_blank', rel: 'noopener noreferrer' } : { rel: 'noopener noreferrer' };
  return h('a', { href, ...external }, text);
}

function setAttr(el: Element, name: string, value: Attrs[string]): void {
  // Event handlers are attached with addEventListener only; hrefs come through userLink or our own code.
  if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
  if (value === null || value === undefined || value === false) return;
  el.setAttribute(name, value === true ? '' : String(value));
}
