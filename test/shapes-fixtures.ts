// Helpers for the shape tests: nodes of a given shape and geometry against a shape's outline.
import type { NodeShape } from '../src/catalog/types.js';
import type { Node } from '../src/model/types.js';
import type { Box, Point } from '../src/scene/types.js';
import { flatten, shapeOutline } from '../src/layout/shapes/index.js';
import { insideRings } from '../src/layout/outline.js';
import { node } from './layout-fixtures.js';

/** A model node drawn as `shape`; `tech` also sets a caption and an icon of the same name. */
export function shaped(id: string, shape: NodeShape, label = id, tech: string | null = 'server', parent: string | null = null): Node {
  return { ...node(id, parent, tech, label), shape };
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance (px) from a point to the nearest line of a shape's outline in a box. */
export function distanceToOutline(shape: NodeShape, box: Box, p: Point): number {
  const rings = flatten(shapeOutline(shape, box));
  return Math.min(...rings.flatMap((r) => r.map((a, i) => segmentDistance(p, a, r[(i + 1) % r.length]!))));
}

/** True when the point lies inside the shape's outline. */
export function insideOutline(shape: NodeShape, box: Box, p: Point): boolean {
  return insideRings(flatten(shapeOutline(shape, box)), p);
}

/** The corners of a box. */
export function cornersOf(b: Box): Point[] {
  return [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y }, { x: b.x + b.width, y: b.y + b.height }, { x: b.x, y: b.y + b.height }];
}

/** True when the whole box lies inside the outline, at least `margin` px from it (convex or not: its edges are sampled). */
export function boxInsideOutline(shape: NodeShape, outer: Box, b: Box, margin: number): boolean {
  const points = cornersOf(b).flatMap((c, i, all) => {
    const d = all[(i + 1) % 4]!;
    return Array.from({ length: 8 }, (_, k) => ({ x: c.x + ((d.x - c.x) * k) / 8, y: c.y + ((d.y - c.y) * k) / 8 }));
  });
  return points.every((p) => insideOutline(shape, outer, p) && distanceToOutline(shape, outer, p) >= margin);
}
