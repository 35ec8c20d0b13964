// Plane geometry the scene check needs: boxes, segments and how they meet.
import type { Box, Point } from './types.js';

/** Pixels of tolerance: touching boxes and hairline overlaps are not defects. */
export const EPS = 1;

/** Area shared by two boxes, or 0 when they only touch (within EPS). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > EPS && h > EPS ? w * h : 0;
}

/** True when `a` lies within `outer`, allowing `tol` px of slack. */
export function isInside(a: Box, outer: Box, tol = EPS): boolean {
  return a.x >= outer.x - tol && a.y >= outer.y - tol
    && a.x + a.width <= outer.x + outer.width + tol && a.y + a.height <= outer.y + outer.height + tol;
}

/** The box moved inwards by `d` on every side. */
export function shrink(b: Box, d: number): Box {
  return { x: b.x + d, y: b.y + d, width: Math.max(0, b.width - 2 * d), height: Math.max(0, b.height - 2 * d) };
}

function turn(a: Point, b: Point, c: Point): number {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

/** True when segments p1p2 and p3p4 cross properly (touching or collinear runs do not count). */
export function segmentsCross(p1: Point, p2: Point, p3: Point, p4: Point): boolean {
  // Segments whose extents are apart in x or in y cannot cross; most pairs a layout compares are
  // (crossings are counted over every pair of segments of a scene, ~10^5 pairs a render). Settled
  // by comparisons alone: before V8 optimises this, every product below is a fresh heap number.
  if (apart(p1.x, p2.x, p3.x, p4.x) || apart(p1.y, p2.y, p3.y, p4.y)) return false;
  const d1 = turn(p3, p4, p1), d2 = turn(p3, p4, p2), d3 = turn(p1, p2, p3), d4 = turn(p1, p2, p4);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** True when the intervals [a1, a2] and [b1, b2] (either end first) do not meet. */
function apart(a1: number, a2: number, b1: number, b2: number): boolean {
  return (a1 < a2 ? a2 : a1) < (b1 < b2 ? b1 : b2) || (b1 < b2 ? b2 : b1) < (a1 < a2 ? a1 : a2);
}

function strictlyInside(pt: Point, b: Box): boolean {
  return pt.x > b.x && pt.x < b.x + b.width && pt.y > b.y && pt.y < b.y + b.height;
}

/** True when segment pq enters the interior of box b. */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  if (b.width <= 0 || b.height <= 0) return false;
  const r = b.x + b.width, d = b.y + b.height;
  // Every way in below needs a point of pq strictly inside b's rows and columns, so a segment whose
  // own bounds miss them cannot hit, and no corners need making: all ~3,900 pairs the layout's
  // checks ask of the four examples end here.
  if (Math.max(p.x, q.x) <= b.x || Math.min(p.x, q.x) >= r || Math.max(p.y, q.y) <= b.y || Math.min(p.y, q.y) >= d) return false;
  if (strictlyInside(p, b) || strictlyInside(q, b)) return true;
  const c0 = { x: b.x, y: b.y }, c1 = { x: r, y: b.y }, c2 = { x: r, y: d }, c3 = { x: b.x, y: d };
  if (segmentsCross(p, q, c0, c1) || segmentsCross(p, q, c1, c2) || segmentsCross(p, q, c2, c3) || segmentsCross(p, q, c3, c0)) return true;
  // an axis-aligned segment can pass through the interior exactly between corners
  return strictlyInside({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, b);
}

/** Euclidean distance from a point to the nearest point of a box (0 inside). */
export function distanceToBox(pt: Point, b: Box): number {
  const dx = Math.max(b.x - pt.x, 0, pt.x - (b.x + b.width));
  const dy = Math.max(b.y - pt.y, 0, pt.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}
