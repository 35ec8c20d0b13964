import type { Edge } from '../model/types.js';

/** What a walk found: nodes in the order reached, and the step each was first reached by. */
export interface Walk {
  order: string[];
  via: Map<string, { edge: Edge; prev: string }>;
}

/**
 * Breadth-first from `starts` along the edges `next` gives (either end may be the current node);
 * nodes where `stop` holds are reached but not walked past. Edges are followed in the order given.
 */
export function walk(starts: readonly string[], next: (id: string) => readonly Edge[], stop: (id: string) => boolean = () => false): Walk {
  const order = [...new Set(starts)];
  const seen = new Set(order);
  const first = new Set(order);
  const via: Walk['via'] = new Map();
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    if (!first.has(id) && stop(id)) continue;
    for (const edge of next(id)) {
      const to = edge.from === id ? edge.to : edge.from;
      if (seen.has(to)) continue;
      seen.add(to);
      order.push(to);
      via.set(to, { edge, prev: id });
    }
  }
  return { order, via };
}

/** The edges from a start to `id` along a walk, first edge first. */
export function pathTo(w: Walk, id: string): Edge[] {
  const path: Edge[] = [];
  for (let step = w.via.get(id); step; step = w.via.get(step.prev)) path.unshift(step.edge);
  return path;
}
