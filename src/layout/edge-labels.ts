// An edge label sits centred on a straight stretch of its edge. ELK reserves the room and
// puts it there; route clean-up can leave it a pixel off, so it is re-centred exactly.
import type { Point, SceneEdge, SceneLabel } from '../scene/types.js';

function distance(c: Point, p: Point, q: Point): number {
  const x = Math.max(Math.min(p.x, q.x), Math.min(c.x, Math.max(p.x, q.x)));
  const y = Math.max(Math.min(p.y, q.y), Math.min(c.y, Math.max(p.y, q.y)));
  return Math.hypot(c.x - x, c.y - y);
}

function centredOn(label: SceneLabel, p: Point, q: Point): SceneLabel {
  const c = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
  if (p.x === q.x) return { ...label, x: p.x - label.width / 2 };
  if (p.y === q.y) return { ...label, y: p.y - label.height / 2 };
  return { ...label, x: label.x + ((p.x + q.x) / 2 - c.x), y: label.y + ((p.y + q.y) / 2 - c.y) };
}

/** The edge with its label centred on the nearest stretch of its route. */
export function centreLabel(edge: SceneEdge): SceneEdge {
  const { label, points } = edge;
  if (!label || points.length < 2) return edge;
  const c = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
  const stretches = points.slice(1).map((q, k) => ({ p: points[k]!, q }));
  const best = stretches.reduce((a, b) => (distance(c, b.p, b.q) < distance(c, a.p, a.q) ? b : a));
  return { ...edge, label: centredOn(label, best.p, best.q) };
}
