import type { Point } from '../scene/types.js';
import { num } from './xml.js';

const dist = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y);

/** `from` moved `d` px towards `to`. */
function toward(from: Point, to: Point, d: number): Point {
  const len = dist(from, to);
  return len === 0 ? from : { x: from.x + ((to.x - from.x) * d) / len, y: from.y + ((to.y - from.y) * d) / len };
}

const pt = (p: Point): string => `${num(p.x)},${num(p.y)}`;

/** The points without zero-length segments (they have no direction to round or aim an arrow). */
export function distinctPoints(points: readonly Point[]): Point[] {
  return points.filter((p, i) => i === 0 || dist(points[i - 1]!, p) > 0.01);
}

/** The polyline with its last segment shortened by `len`, so an arrowhead of that length ends on the target. */
export function trimEnd(points: readonly Point[], len: number): Point[] {
  const n = points.length;
  if (n < 2 || dist(points[n - 2]!, points[n - 1]!) <= len + 1) return [...points];
  return [...points.slice(0, -1), toward(points[n - 1]!, points[n - 2]!, len)];
}

/** Path data through `points` with each corner rounded by a small quadratic arc. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${pt(first)}`;
  for (let i = 1; i < points.length - 1; i++) d += corner(points[i - 1]!, points[i]!, points[i + 1]!, radius);
  const last = rest[rest.length - 1];
  return last ? `${d} L${pt(last)}` : d;
}

function corner(prev: Point, at: Point, next: Point, radius: number): string {
  const r = Math.min(radius, dist(prev, at) / 2, dist(at, next) / 2);
  return ` L${pt(toward(at, prev, r))} Q${pt(at)} ${pt(toward(at, next, r))}`;
}
