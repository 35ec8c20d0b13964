// Outlines as path parts: render writes them as SVG path data, layout flattens them to end edges on them.
import type { Box, Point } from '../../scene/types.js';

/** One step of a closed outline; arcs go from angle `from` to `to` (radians, y down, so increasing is clockwise). */
export type PathPart =
  | { kind: 'move'; to: Point }
  | { kind: 'line'; to: Point }
  | { kind: 'arc'; center: Point; rx: number; ry: number; from: number; to: number }
  | { kind: 'cubic'; c1: Point; c2: Point; to: Point };

/** A closed path: it starts with a move and closes back to it. */
export type Piece = PathPart[];

/** A silhouette: its pieces in drawing order (a person's body, then the head over it). */
export type Outline = Piece[];

/** The point of an axis-aligned ellipse at angle `a`. */
export function ellipsePoint(center: Point, rx: number, ry: number, a: number): Point {
  return { x: center.x + rx * Math.cos(a), y: center.y + ry * Math.sin(a) };
}

/** An elliptic arc step. */
export function arc(center: Point, rx: number, ry: number, from: number, to: number): PathPart {
  return { kind: 'arc', center, rx, ry, from, to };
}

/** A closed polygon through the points. */
export function polygon(points: readonly Point[]): Piece {
  const [first, ...rest] = points;
  return first ? [{ kind: 'move', to: first }, ...rest.map((to): PathPart => ({ kind: 'line', to }))] : [];
}

/** A whole ellipse (or circle), starting at its rightmost point. */
export function ellipse(center: Point, rx: number, ry: number): Piece {
  return [{ kind: 'move', to: ellipsePoint(center, rx, ry, 0) }, arc(center, rx, ry, 0, 2 * Math.PI)];
}

/** Corner radii of a rounded rectangle: top-left, top-right, bottom-right, bottom-left. */
export type Radii = [number, number, number, number];

const Q = Math.PI / 2;

/** A rectangle with rounded corners, clockwise from the top-left corner's end. */
export function roundedRect(b: Box, radii: Radii): Piece {
  const most = Math.max(0, Math.min(b.width, b.height) / 2);
  const [tl, tr, br, bl] = radii.map((r) => Math.min(r, most)) as Radii;
  const r = b.x + b.width, d = b.y + b.height;
  const corner = (cx: number, cy: number, rad: number, from: number): PathPart[] =>
    rad > 0 ? [arc({ x: cx, y: cy }, rad, rad, from, from + Q)] : [];
  return [
    { kind: 'move', to: { x: b.x + tl, y: b.y } },
    { kind: 'line', to: { x: r - tr, y: b.y } }, ...corner(r - tr, b.y + tr, tr, -Q),
    { kind: 'line', to: { x: r, y: d - br } }, ...corner(r - br, d - br, br, 0),
    { kind: 'line', to: { x: b.x + bl, y: d } }, ...corner(b.x + bl, d - bl, bl, Q),
    { kind: 'line', to: { x: b.x, y: b.y + tl } }, ...corner(b.x + tl, b.y + tl, tl, 2 * Q),
  ];
}

const toward = (from: Point, to: Point, d: number): Point => {
  const len = Math.hypot(to.x - from.x, to.y - from.y);
  return len === 0 ? from : { x: from.x + ((to.x - from.x) * d) / len, y: from.y + ((to.y - from.y) * d) / len };
};

/** A closed polygon whose corners are softened: each cut back `cut` px and joined by a curve through the corner's pull. */
export function roundedPolygon(points: readonly Point[], cut: number): Piece {
  const n = points.length;
  const corners = points.map((v, i) => {
    const prev = points[(i + n - 1) % n]!, next = points[(i + 1) % n]!;
    return { v, a: toward(v, prev, cut), b: toward(v, next, cut) };
  });
  // a quadratic curve with its control at the corner, written as the cubic it equals
  const soften = ({ v, a, b }: (typeof corners)[number]): PathPart[] => [
    { kind: 'line', to: a },
    { kind: 'cubic', c1: { x: a.x + ((v.x - a.x) * 2) / 3, y: a.y + ((v.y - a.y) * 2) / 3 }, c2: { x: b.x + ((v.x - b.x) * 2) / 3, y: b.y + ((v.y - b.y) * 2) / 3 }, to: b },
  ];
  const last = corners[n - 1];
  return last ? [{ kind: 'move', to: last.b }, ...corners.flatMap(soften)] : [];
}
