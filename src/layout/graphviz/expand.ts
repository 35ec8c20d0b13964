// Room where the router or the groups need it: everything past a line moves on by `by` px and the
// groups the line cuts through grow. The line runs across the flow (`along`: more room between two
// rows) or along it (`across`: more room between two columns). dot spaces evenly and lets sibling
// clusters touch; only the places that need more get it.
import type { Direction, Model } from '../../model/types.js';
import type { Box, Point } from '../../scene/types.js';
import { moveGroup, moveNode, sceneGroup } from '../body.js';
import { boxFromFlow, boxToFlow, fromFlow, toFlow } from '../flow-frame.js';
import type { Placement } from './apply.js';

export type Axis = 'along' | 'across';

/** The placement with `by` px of room inserted at flow position `at` (a y for `along`, an x for `across`). */
export function expand(model: Model, placed: Placement, at: number, by: number, axis: Axis = 'along'): Placement {
  const dir: Direction = model.direction;
  const d = fromFlow(axis === 'along' ? { x: 0, y: by } : { x: by, y: 0 }, dir);
  const coord = (p: Point): number => (axis === 'along' ? toFlow(p, dir).y : toFlow(p, dir).x);
  const move = (p: Point): Point => (coord(p) > at ? { x: p.x + d.x, y: p.y + d.y } : p);
  const start = (b: Box): number => (axis === 'along' ? b.y : b.x);
  const size = (b: Box): number => (axis === 'along' ? b.height : b.width);
  const groups = placed.groups.map((g) => {
    const flow = boxToFlow(g, dir);
    if (start(flow) >= at) return moveGroup(g, d.x, d.y);
    if (start(flow) + size(flow) <= at) return g;
    const grown = axis === 'along' ? { ...flow, height: flow.height + by } : { ...flow, width: flow.width + by };
    return sceneGroup(model, model.groups.find((m) => m.id === g.id)!, boxFromFlow(grown, dir));
  });
  const nodes = placed.nodes.map((n) => (coord({ x: n.x + n.width / 2, y: n.y + n.height / 2 }) > at ? moveNode(n, d.x, d.y) : n));
  const paths = new Map([...placed.paths].map(([id, p]) => [id, { path: p.path.map(move), label: p.label ? move(p.label) : null }]));
  return { width: placed.width + Math.abs(d.x), height: placed.height + Math.abs(d.y), groups, nodes, paths };
}

/** Px kept between sibling groups. */
export const GROUP_GAP = 24;

/** The placement with every two sibling groups at least GROUP_GAP apart (dot lets clusters touch). */
export function separateGroups(model: Model, placed: Placement): Placement {
  const dir = model.direction;
  for (let i = 0; i < placed.groups.length * placed.groups.length; i++) {
    const flows = placed.groups.map((g) => ({ g, f: boxToFlow(g, dir) }));
    const close = flows.flatMap((a) => flows.filter((b) => b.g.parent === a.g.parent && a.g.id < b.g.id).map((b) => gapBetween(a.f, b.f)))
      .find((s) => s.gap < GROUP_GAP);
    if (!close) return placed;
    placed = expand(model, placed, close.at, GROUP_GAP - close.gap, close.axis);
  }
  return placed;
}

function gapBetween(a: Box, b: Box): { gap: number; at: number; axis: Axis } {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  // The groups are side by side across the flow when their spans along it overlap, else one follows the other.
  if (dy < 0) return { gap: dx, axis: 'across', at: (Math.min(a.x + a.width, b.x + b.width) + Math.max(a.x, b.x)) / 2 };
  return { gap: dx >= 0 ? Infinity : dy, axis: 'along', at: (Math.min(a.y + a.height, b.y + b.height) + Math.max(a.y, b.y)) / 2 };
}
