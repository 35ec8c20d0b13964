// CSS in a user's icon, read just far enough to turn it into plain attributes: a `<style>`
// element would otherwise style the whole diagram, not only the icon.
import { PRESENTATION, safeValue } from './svg-rules.js';

/** One rule of a `<style>` element that selects by element name and/or class. */
export interface StyleRule {
  tag: string | null;
  cls: string | null;
  decls: [string, string][];
}

/** Says what was removed, for the warning that lists it. */
export type Note = (what: string) => void;

const SIMPLE_SELECTOR = /^([A-Za-z][\w-]*)?(?:\.([\w-]+))?$/;

/** Allowed properties with safe values from a declaration list (`fill: red; stroke: url(#g)`). */
export function declarations(text: string, prefix: string, note: Note): [string, string][] {
  return text.split(';').flatMap((part): [string, string][] => {
    const colon = part.indexOf(':');
    if (colon < 0) return [];
    const name = part.slice(0, colon).trim().toLowerCase();
    const raw = part.slice(colon + 1).replace(/!important/i, '').trim();
    const value = safeValue(raw, prefix);
    if (value === null) note(/url\(/i.test(raw) ? 'url() pointing outside the icon' : `style value "${name}: ${raw.slice(0, 40)}"`);
    return value !== null && PRESENTATION.has(name) ? [[name, value]] : [];
  });
}

/** The rules of a `<style>` element; at-rules (`@import`, `@font-face`, `@media`) are dropped. */
export function styleRules(css: string, prefix: string, note: Note): StyleRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: StyleRule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const at = text.indexOf('@', i);
    if (at >= 0 && (open < 0 || at < open)) {
      i = skipAtRule(text, at, note);
      continue;
    }
    if (open < 0) break;
    const close = text.indexOf('}', open);
    const end = close < 0 ? text.length : close;
    rules.push(...selectorRules(text.slice(i, open), declarations(text.slice(open + 1, end), prefix, note)));
    i = end + 1;
  }
  return rules;
}

function selectorRules(selectors: string, decls: [string, string][]): StyleRule[] {
  return selectors.split(',').flatMap((sel) => {
    const m = SIMPLE_SELECTOR.exec(sel.trim());
    return m && (m[1] || m[2]) ? [{ tag: m[1] ?? null, cls: m[2] ?? null, decls }] : [];
  });
}

// `@import x;` ends at its semicolon; a block at-rule at its balanced closing brace.
function skipAtRule(text: string, at: number, note: Note): number {
  const name = /^@[\w-]*/.exec(text.slice(at))![0];
  note(name === '@import' ? '@import in <style>' : `${name} in <style>`);
  const semi = text.indexOf(';', at);
  const brace = text.indexOf('{', at);
  if (brace < 0 || (semi >= 0 && semi < brace)) return semi < 0 ? text.length : semi + 1;
  let depth = 0;
  for (let i = brace; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The declarations the rules give an element, element-name rules before class rules (closer to CSS specificity). */
export function matchRules(rules: readonly StyleRule[], tag: string, classes: readonly string[]): [string, string][] {
  const hits = (r: StyleRule) => (r.tag === null || r.tag === tag) && (r.cls === null || classes.includes(r.cls));
  const byTag = rules.filter((r) => r.cls === null && hits(r));
  const byClass = rules.filter((r) => r.cls !== null && hits(r));
  return [...byTag, ...byClass].flatMap((r) => r.decls);
}
