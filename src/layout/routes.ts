// Clean-up of edge routes: ELK joins route pieces across group borders with sub-pixel
// jogs; snapping them makes every segment exactly horizontal or vertical.
import type { Point } from '../scene/types.js';

/** Offsets (px) smaller than this between neighbouring points are rounding noise. */
const SNAP = 1;

function snapped(points: readonly Point[]): Point[] {
  return points.reduce<Point[]>((out, p) => {
    const prev = out[out.length - 1];
    if (!prev) return [p];
    const x = Math.abs(p.x - prev.x) < SNAP ? prev.x : p.x;
    const y = Math.abs(p.y - prev.y) < SNAP ? prev.y : p.y;
    return [...out, { x, y }];
  }, []);
}

function isCollinear(a: Point, b: Point, c: Point): boolean {
  return (a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y);
}

/** The route with sub-pixel jogs snapped away and repeated or collinear points dropped. */
export function cleanRoute(points: readonly Point[]): Point[] {
  const distinct = snapped(points).filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y);
  return distinct.filter((p, i, all) => i === 0 || i === all.length - 1 || !isCollinear(all[i - 1]!, p, all[i + 1]!));
}
