// How good a laid-out body is, for choosing between candidate layouts: geometry defects
// first, then edge crossings, then total edge length.
import type { Model } from '../model/types.js';
import type { Scene } from '../scene/types.js';
import { checkScene } from '../scene/check.js';
import type { Body } from './body.js';
import { frameBody } from './frame.js';

export type Score = [defects: number, crossings: number, length: number];

/** The total length of a body's edges, px. */
export function edgeLength(body: Body): number {
  return body.edges.reduce((sum, e) => sum + e.points.slice(1).reduce((s, q, k) => {
    const p = e.points[k]!;
    return s + Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
  }, 0), 0);
}

/** The score of a body, lower is better. */
export function scoreOf(model: Model, body: Body): Score {
  return sceneScore(frameBody(model, body));
}

/** The score of a framed scene, lower is better. */
export function sceneScore(scene: Scene): Score {
  const report = checkScene(scene);
  return [report.defects, report.edgeCrossings, Math.round(edgeLength(scene))];
}

/** True when score `a` beats `b` (ties keep `b`); any two scores of the same length compare. */
export function beats(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
}
