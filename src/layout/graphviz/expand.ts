// Room for tracks: everything past a line across the flow moves on by `by` px, and the groups the
// line cuts through grow. dot spaces rows evenly; only the channels that need more get it.
import type { Direction, Model } from '../../model/types.js';
import type { Point } from '../../scene/types.js';
import { moveGroup, moveNode, sceneGroup } from '../body.js';
import { boxFromFlow, boxToFlow, fromFlow, toFlow } from '../flow-frame.js';
import type { Placement } from './apply.js';

/** The placement with `by` px of room inserted at flow position `at`. */
export function expand(model: Model, placed: Placement, at: number, by: number): Placement {
  const dir: Direction = model.direction;
  const d = fromFlow({ x: 0, y: by }, dir);
  const past = (p: Point): boolean => toFlow(p, dir).y > at;
  const move = (p: Point): Point => (past(p) ? { x: p.x + d.x, y: p.y + d.y } : p);
  const groups = placed.groups.map((g) => {
    const flow = boxToFlow(g, dir);
    if (flow.y > at) return moveGroup(g, d.x, d.y);
    if (flow.y + flow.height <= at) return g;
    return sceneGroup(model, model.groups.find((m) => m.id === g.id)!, boxFromFlow({ ...flow, height: flow.height + by }, dir));
  });
  const nodes = placed.nodes.map((n) => (past({ x: n.x + n.width / 2, y: n.y + n.height / 2 }) ? moveNode(n, d.x, d.y) : n));
  const paths = new Map([...placed.paths].map(([id, p]) => [id, { path: p.path.map(move), label: p.label ? move(p.label) : null }]));
  return { width: placed.width + Math.abs(d.x), height: placed.height + Math.abs(d.y), groups, nodes, paths };
}
