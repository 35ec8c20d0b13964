// Edges must start and end on their nodes and never run through a node that is not theirs.
import type { Point, Scene, SceneEdge } from './types.js';
import { type Defect, defect } from './defect.js';
import { distanceToBox, segmentHitsBox, segmentsCross, shrink } from './geometry.js';
import { type Element, ancestorsOf, elementsById } from './hierarchy.js';

/** How far (px) an edge end may stop short of its node. */
const ATTACH_TOLERANCE = 4;
/** Grazing a node's outline by this much (px) is not running through it. */
const GRAZE = 2;

function touches(pt: Point, a: Element, b: Element): boolean {
  return distanceToBox(pt, a) <= ATTACH_TOLERANCE || distanceToBox(pt, b) <= ATTACH_TOLERANCE;
}

function detachedEnds(e: SceneEdge, byId: Map<string, Element>): Defect[] {
  const from = byId.get(e.from), to = byId.get(e.to);
  const first = e.points[0], last = e.points[e.points.length - 1];
  if (!from || !to || !first || !last || e.points.length < 2) {
    return [defect('detachedEdgeEnds', `edge ${e.id} has no route or unknown endpoint`)];
  }
  const found: Defect[] = [];
  if (!touches(first, from, to)) found.push(defect('detachedEdgeEnds', `edge ${e.id} starts away from ${e.from}`));
  if (!touches(last, to, from)) found.push(defect('detachedEdgeEnds', `edge ${e.id} ends away from ${e.to}`));
  return found;
}

function throughNodes(e: SceneEdge, scene: Scene, byId: Map<string, Element>): Defect[] {
  const own = new Set([e.from, e.to, ...ancestorsOf(byId, e.from), ...ancestorsOf(byId, e.to)]);
  const hit = scene.nodes.filter((n) => {
    if (own.has(n.id)) return false;
    const inner = shrink(n, GRAZE);
    return e.points.some((p, k) => {
      const q = e.points[k + 1];
      return q !== undefined && segmentHitsBox(p, q, inner);
    });
  });
  return hit.map((n) => defect('edgeThroughNode', `edge ${e.id} runs through node ${n.id}`));
}

/** Detached edge ends and edges through foreign nodes. */
export function findEdgeDefects(scene: Scene): Defect[] {
  const byId = elementsById(scene);
  return scene.edges.flatMap((e) => [...detachedEnds(e, byId), ...throughNodes(e, scene, byId)]);
}

interface Segment { edge: number; p: Point; q: Point }

function segments(scene: Scene): Segment[] {
  return scene.edges.flatMap((e, edge) => e.points.slice(1).map((q, k) => ({ edge, p: e.points[k]!, q })));
}

/** Pairs of segments of different edges that cross (a readability measure, not a defect). */
export function countCrossings(scene: Scene): number {
  const segs = segments(scene);
  let count = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const a = segs[i]!, b = segs[j]!;
      if (a.edge !== b.edge && segmentsCross(a.p, a.q, b.p, b.q)) count++;
    }
  }
  return count;
}
