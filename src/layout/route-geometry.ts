// Small geometry on routes for the layout's own routing decisions.
import type { Box, Point } from '../scene/types.js';
import { segmentHitsBox, segmentsCross, shrink } from '../scene/geometry.js';

export interface Segment { p: Point; q: Point }

/** The segments of a polyline. */
export function segmentsOf(points: readonly Point[]): Segment[] {
  return points.slice(1).map((q, k) => ({ p: points[k]!, q }));
}

/** How many times the segments cross the others. */
export function crossings(mine: readonly Segment[], others: readonly Segment[]): number {
  return mine.reduce((n, a) => n + others.filter((b) => segmentsCross(a.p, a.q, b.p, b.q)).length, 0);
}

/** Manhattan length of a polyline. */
export function routeLength(points: readonly Point[]): number {
  return segmentsOf(points).reduce((sum, { p, q }) => sum + Math.abs(q.x - p.x) + Math.abs(q.y - p.y), 0);
}

/** True when the polyline enters any of the boxes (grazing their outline by 2 px is allowed). */
export function hitsAny(points: readonly Point[], boxes: readonly Box[]): boolean {
  return segmentsOf(points).some(({ p, q }) => boxes.some((b) => segmentHitsBox(p, q, shrink(b, 2))));
}
