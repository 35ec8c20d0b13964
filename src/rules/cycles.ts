import type { Edge } from '../model/types.js';
import { pathTo, walk } from './walk.js';

/** Groups of two or more nodes that all reach each other along `edges` (Tarjan), each in node order, groups by first node. */
export function stronglyConnected(ids: readonly string[], edges: readonly Edge[]): string[][] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (id: string): void => {
    index.set(id, index.size);
    low.set(id, index.get(id)!);
    stack.push(id);
    onStack.add(id);
    for (const to of next.get(id) ?? []) {
      if (!index.has(to)) visit(to);
      if (onStack.has(to)) low.set(id, Math.min(low.get(id)!, low.get(to)!));
    }
    if (low.get(id) !== index.get(id)) return;
    const group = stack.splice(stack.indexOf(id));
    group.forEach((g) => onStack.delete(g));
    if (group.length > 1) groups.push(group.sort((a, b) => rank.get(a)! - rank.get(b)!));
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return groups.sort((a, b) => rank.get(a[0]!)! - rank.get(b[0]!)!);
}

/** A shortest cycle through `start` along `edges` (start first, not repeated), or [] when none. */
export function cycleThrough(start: string, edges: readonly Edge[]): string[] {
  const back = edges.filter((e) => e.to === start);
  const reached = walk([start], (id) => edges.filter((e) => e.from === id && e.to !== start));
  const closing = back.filter((e) => reached.order.includes(e.from)).sort((a, b) => pathTo(reached, a.from).length - pathTo(reached, b.from).length)[0];
  return closing ? [start, ...pathTo(reached, closing.from).map((e) => e.to)] : [];
}
