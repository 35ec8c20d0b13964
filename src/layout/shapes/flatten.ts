// Outlines as polygons, fine enough (well under 0.1 px) to meet edges on them exactly.
import type { Point } from '../../scene/types.js';
import { ellipsePoint, type Outline, type PathPart, type Piece } from './path.js';

/** A chord's error is r·φ²/8, so steps of φ = √(0.16 / r) keep it at 0.02 px for any radius r. */
const ARC_STEP = 0.16;
const CUBIC_STEPS = 48;

function arcPoints(p: Extract<PathPart, { kind: 'arc' }>): Point[] {
  const sweep = p.to - p.from;
  const n = Math.max(4, Math.ceil(Math.abs(sweep) / Math.sqrt(ARC_STEP / Math.max(p.rx, p.ry, 1))));
  return Array.from({ length: n }, (_, i) => ellipsePoint(p.center, p.rx, p.ry, p.from + (sweep * (i + 1)) / n));
}

function cubicPoints(from: Point, p: Extract<PathPart, { kind: 'cubic' }>): Point[] {
  return Array.from({ length: CUBIC_STEPS }, (_, i) => {
    const t = (i + 1) / CUBIC_STEPS, u = 1 - t;
    const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return { x: a * from.x + b * p.c1.x + c * p.c2.x + d * p.to.x, y: a * from.y + b * p.c1.y + c * p.c2.y + d * p.to.y };
  });
}

/** One closed piece as a ring of points (the closing edge is implied). */
export function flattenPiece(piece: Piece): Point[] {
  const out: Point[] = [];
  for (const part of piece) {
    const at = out[out.length - 1] ?? { x: 0, y: 0 };
    if (part.kind === 'arc') out.push(...arcPoints(part));
    else if (part.kind === 'cubic') out.push(...cubicPoints(at, part));
    else out.push(part.to);
  }
  return out;
}

/** Every piece of an outline as a ring of points. */
export function flatten(outline: Outline): Point[][] {
  return outline.map(flattenPiece);
}
