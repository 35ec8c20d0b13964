// Beyond the shared tool: two edges drawn on the same line must share an end (a fan-in
// or fan-out); otherwise the reader cannot tell which line goes where.
import type { Point, Scene, SceneEdge } from './types.js';
import { type Defect, defect } from './defect.js';
import { EPS } from './geometry.js';

interface Run { fixed: number; from: number; to: number; vertical: boolean }

function runs(e: SceneEdge): Run[] {
  return e.points.slice(1).flatMap((q, k): Run[] => {
    const p: Point = e.points[k]!;
    if (p.x === q.x) return [{ vertical: true, fixed: p.x, from: Math.min(p.y, q.y), to: Math.max(p.y, q.y) }];
    if (p.y === q.y) return [{ vertical: false, fixed: p.y, from: Math.min(p.x, q.x), to: Math.max(p.x, q.x) }];
    return [];
  });
}

function overlap(a: Run, b: Run): boolean {
  return a.vertical === b.vertical && Math.abs(a.fixed - b.fixed) < EPS && Math.min(a.to, b.to) - Math.max(a.from, b.from) > EPS;
}

function shareLine(a: SceneEdge, b: SceneEdge): boolean {
  const rb = runs(b);
  return runs(a).some((r) => rb.some((s) => overlap(r, s)));
}

/** Pairs of edges with no common end that run along the same line. */
export function findSharedLines(scene: Scene): Defect[] {
  const { edges } = scene;
  const found: Defect[] = [];
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const a = edges[i]!, b = edges[j]!;
      if (a.from !== b.from && a.to !== b.to && shareLine(a, b)) found.push(defect('edgeOverlaps', `edges ${a.id} and ${b.id} share a line`));
    }
  }
  return found;
}
