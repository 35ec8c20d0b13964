// Keeps a body's geometry inside [0, width] × [0, height] after routes were added outside it.
import type { Box, Point } from '../scene/types.js';
import { type Body, moveEdge, moveGroup, moveNode } from './body.js';

function extent(body: Body): { min: Point; max: Point } {
  const boxes: Box[] = [...body.groups, ...body.nodes, ...body.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const corners = boxes.flatMap((b) => [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height }]);
  const points = [...corners, ...body.edges.flatMap((e) => e.points)];
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  return { min: { x: Math.min(0, ...xs), y: Math.min(0, ...ys) }, max: { x: Math.max(body.width, ...xs), y: Math.max(body.height, ...ys) } };
}

/** The body moved so nothing lies left of or above the origin, and grown to hold everything. */
export function fitBounds(body: Body): Body {
  const { min, max } = extent(body);
  const dx = -min.x, dy = -min.y;
  return {
    width: max.x - min.x, height: max.y - min.y,
    groups: body.groups.map((g) => moveGroup(g, dx, dy)),
    nodes: body.nodes.map((n) => moveNode(n, dx, dy)),
    edges: body.edges.map((e) => moveEdge(e, dx, dy)),
  };
}
