// ELK ends edges on a node's box. Where the outline is not the box (a hexagon's points, a cylinder's
// rims, a cloud, a person's shoulders) the first and last segments run on along their own line to the
// outline, so an orthogonal route stays orthogonal and the arrowhead touches what is drawn.
import type { Point, SceneEdge, SceneNode } from '../scene/types.js';
import { flatten, shapeFrame } from './shapes/index.js';

const cross = (a: Point, b: Point): number => a.x * b.y - a.y * b.x;
const minus = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });

/** How far along the ray from `p` in direction `u` it meets segment ab, or null if it misses. */
function rayHit(p: Point, u: Point, a: Point, b: Point): number | null {
  const ab = minus(b, a), denom = cross(u, ab);
  if (Math.abs(denom) < 1e-12) return null;
  const ap = minus(a, p), t = cross(ap, ab) / denom, s = cross(ap, u) / denom;
  return t >= -1e-9 && s >= -1e-9 && s <= 1 + 1e-9 ? t : null;
}

const edgesOf = (ring: Point[]): [Point, Point][] => ring.map((a, i) => [a, ring[(i + 1) % ring.length]!]);

function insideRing(ring: Point[], p: Point): boolean {
  return edgesOf(ring).reduce((inside, [a, b]) => ((a.y > p.y) !== (b.y > p.y) && p.x < a.x + ((p.y - a.y) * (b.x - a.x)) / (b.y - a.y) ? !inside : inside), false);
}

/** True when `p` lies inside any of the rings (an outline's pieces may overlap, like a person's head and body). */
export function insideRings(rings: Point[][], p: Point): boolean {
  return rings.some((r) => insideRing(r, p));
}

/** The first point where the ray from `from` through `to` meets the rings, or null when it misses or starts inside. */
export function firstHit(rings: Point[][], from: Point, to: Point): Point | null {
  const len = Math.hypot(to.x - from.x, to.y - from.y);
  if (len === 0 || insideRings(rings, from)) return null;
  const u = { x: (to.x - from.x) / len, y: (to.y - from.y) / len };
  const ts = rings.flatMap((r) => edgesOf(r).flatMap(([a, b]) => rayHit(from, u, a, b) ?? []));
  return ts.length ? { x: from.x + u.x * Math.min(...ts), y: from.y + u.y * Math.min(...ts) } : null;
}

/** The end of a route that reaches `end` from `prev`, moved along that line onto the node's outline. */
export function endOnOutline(node: SceneNode, prev: Point, end: Point): Point {
  const frame = shapeFrame(node.shape);
  if (frame.boxed) return end;
  const hit = firstHit(flatten(frame.outline(node)), prev, end);
  // x or y stays exactly as it was on an axis-parallel segment, so the route stays orthogonal
  return hit ? { x: prev.x === end.x ? end.x : hit.x, y: prev.y === end.y ? end.y : hit.y } : end;
}

function attached(edge: SceneEdge, nodes: ReadonlyMap<string, SceneNode>): SceneEdge {
  const pts = edge.points, n = pts.length, from = nodes.get(edge.from), to = nodes.get(edge.to);
  if (n < 2 || (!from && !to)) return edge;
  const points = [...pts];
  if (from) points[0] = endOnOutline(from, pts[1]!, pts[0]!);
  if (to) points[n - 1] = endOnOutline(to, pts[n - 2]!, pts[n - 1]!);
  return { ...edge, points };
}

/** The scene (or body) with every edge starting and ending on its nodes' outlines. */
export function onOutlines<T extends { nodes: SceneNode[]; edges: SceneEdge[] }>(scene: T): T {
  const nodes = new Map(scene.nodes.map((n) => [n.id, n]));
  return { ...scene, edges: scene.edges.map((e) => attached(e, nodes)) };
}
