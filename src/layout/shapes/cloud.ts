// A cloud: round bumps over a flatter base, the content in its body. Drawn once in a design box
// of 260 × 100 and stretched to the node, so where its body lies is the same fraction of any box.
import type { Box, Point } from '../../scene/types.js';
import { flattenPiece } from './flatten.js';
import { arc, type Outline, type PathPart, type Piece } from './path.js';
import type { ShapeFrame } from './types.js';

/** The outward bulge from `p` to `q` (clockwise, so outward is on the left): a circular arc of that sagitta. */
function bump(p: Point, q: Point, sag: number): PathPart {
  const dx = q.x - p.x, dy = q.y - p.y, chord = Math.hypot(dx, dy);
  const r = (chord * chord / 4 + sag * sag) / (2 * sag);
  const out = { x: dy / chord, y: -dx / chord };
  const center = { x: (p.x + q.x) / 2 - out.x * (r - sag), y: (p.y + q.y) / 2 - out.y * (r - sag) };
  const from = Math.atan2(p.y - center.y, p.x - center.x);
  let to = Math.atan2(q.y - center.y, q.x - center.x);
  while (to <= from) to += 2 * Math.PI;
  return arc(center, r, r, from, to);
}

// Valleys between the bumps, clockwise from the bottom of the left end, and how far each bump bulges.
const VALLEYS: readonly [number, number][] = [[30, 80], [38, 38], [96, 24], [168, 22], [224, 38], [232, 80], [166, 88], [96, 88]];
const SAGS = [24, 22, 30, 24, 22, 10, 10, 10];

function design(): Piece {
  const at = (i: number): Point => ({ x: VALLEYS[i % VALLEYS.length]![0], y: VALLEYS[i % VALLEYS.length]![1] });
  return [{ kind: 'move', to: at(0) }, ...SAGS.map((sag, i) => bump(at(i), at(i + 1), sag))];
}

function bounds(ring: readonly Point[]): Box {
  const xs = ring.map((p) => p.x), ys = ring.map((p) => p.y);
  const x = Math.min(...xs), y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const DESIGN = design();
// The bumps reach past the valleys' box; the drawing's own bounds are what fills the node. Found
// when a cloud is first drawn, not as the CLI starts (flattening the arcs is ~160 KB of garbage).
let designBounds: Box | null = null;

function stretched(part: PathPart, b: Box): PathPart {
  const BOUNDS = (designBounds ??= bounds(flattenPiece(DESIGN)));
  const sx = b.width / BOUNDS.width, sy = b.height / BOUNDS.height;
  const map = (p: Point): Point => ({ x: b.x + (p.x - BOUNDS.x) * sx, y: b.y + (p.y - BOUNDS.y) * sy });
  if (part.kind === 'arc') return { ...part, center: map(part.center), rx: part.rx * sx, ry: part.ry * sy };
  if (part.kind === 'cubic') return { ...part, c1: map(part.c1), c2: map(part.c2), to: map(part.to) };
  return { ...part, to: map(part.to) };
}

const outline = (b: Box): Outline => [DESIGN.map((p) => stretched(p, b))];

// The body as fractions of the box: below the top valleys (0.3), above the base (0.83), inside the end bumps (0.12);
// test/shapes.test.ts checks it.
export const cloud: ShapeFrame = {
  insets: { top: { px: 3, frac: 0.3 }, right: { px: 6, frac: 0.12 }, bottom: { px: 3, frac: 0.17 }, left: { px: 6, frac: 0.12 } },
  outline,
};
