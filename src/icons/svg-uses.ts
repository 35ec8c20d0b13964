// `<use>` copies what it points at: ten uses of a group of ten uses of … is a billion shapes
// from a few lines. The icon is refused when its uses loop or expand beyond any real icon.
import { attr, walk, type SvgElement } from './svg-tree.js';

/** Elements an icon may draw once its uses are expanded. */
export const MAX_EXPANDED = 50_000;

/** Null when the uses are fine, else why the icon is refused. */
export function useProblem(root: SvgElement): string | null {
  const byId = new Map<string, SvgElement>();
  for (const el of walk(root)) {
    const id = attr(el, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, el);
  }
  const cost = new Map<SvgElement, number>();
  const open = new Set<SvgElement>();
  const size = (el: SvgElement): number => {
    const known = cost.get(el);
    if (known !== undefined) return known;
    if (open.has(el)) throw new Loop();
    open.add(el);
    const target = el.name === 'use' ? byId.get(attr(el, 'href')?.slice(1) ?? '') : undefined;
    const total = Math.min(MAX_EXPANDED + 1, 1 + (target ? size(target) : 0) + el.children.reduce((s, c) => s + size(c), 0));
    open.delete(el);
    cost.set(el, total);
    return total;
  };
  try {
    return size(root) > MAX_EXPANDED ? `its <use> elements expand to more than ${MAX_EXPANDED} shapes` : null;
  } catch (e) {
    if (e instanceof Loop) return 'a <use> element refers to itself or to one of its ancestors';
    if (e instanceof RangeError) return 'its <use> elements chain too deeply';
    throw e;
  }
}

class Loop extends Error {}
