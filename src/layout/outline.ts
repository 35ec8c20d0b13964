// ELK ends edges on a node's box. Where the outline is not the box (a hexagon's points, a cylinder's
// rims, a cloud, a person's shoulders) the first and last segments run on along their own line to the
// outline, so an orthogonal route stays orthogonal and the arrowhead touches what is drawn.
import type { Point, SceneEdge, SceneNode } from '../scene/types.js';
import { flatten, shapeFrame } from './shapes/index.js';

// These run for both ends of every edge on a non-box shape, and an outline flattens to ~300 points
// (a rounded hexagon): written as plain loops over the points, without an object or array a
// segment, they take ~0.05 ms an end instead of 0.5–5 ms, ~20 ms of a render of the four examples.

/** How far along the ray from (px, py) in direction (ux, uy) it meets segment ab, or NaN if it misses. */
function rayHit(px: number, py: number, ux: number, uy: number, a: Point, b: Point): number {
  const abx = b.x - a.x, aby = b.y - a.y;
  const denom = ux * aby - uy * abx;
  if (Math.abs(denom) < 1e-12) return NaN;
  const apx = a.x - px, apy = a.y - py;
  const t = (apx * aby - apy * abx) / denom, s = (apx * uy - apy * ux) / denom;
  return t >= -1e-9 && s >= -1e-9 && s <= 1 + 1e-9 ? t : NaN;
}

function insideRing(ring: Point[], p: Point): boolean {
  let inside = false;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!, b = ring[(i + 1) % ring.length]!;
    if (a.y > p.y !== b.y > p.y && p.x < a.x + ((p.y - a.y) * (b.x - a.x)) / (b.y - a.y)) inside = !inside;
  }
  return inside;
}

/** True when `p` lies inside any of the rings (an outline's pieces may overlap, like a person's head and body). */
export function insideRings(rings: Point[][], p: Point): boolean {
  return rings.some((r) => insideRing(r, p));
}

/** The first point where the ray from `from` through `to` meets the rings, or null when it misses or starts inside. */
export function firstHit(rings: Point[][], from: Point, to: Point): Point | null {
  const len = Math.hypot(to.x - from.x, to.y - from.y);
  if (len === 0 || insideRings(rings, from)) return null;
  const ux = (to.x - from.x) / len, uy = (to.y - from.y) / len;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const t = rayHit(from.x, from.y, ux, uy, ring[i]!, ring[(i + 1) % ring.length]!);
      if (t < nearest) nearest = t;
    }
  }
  return nearest < Infinity ? { x: from.x + ux * nearest, y: from.y + uy * nearest } : null;
}

/** A node's outline as rings of points, flattened once per node (and again should it move or change shape). */
const flattened = new WeakMap<SceneNode, { key: string; rings: Point[][] }>();

function outlineRings(node: SceneNode): Point[][] {
  const key = `${node.shape} ${node.x} ${node.y} ${node.width} ${node.height}`;
  let entry = flattened.get(node);
  if (entry?.key !== key) flattened.set(node, (entry = { key, rings: flatten(shapeFrame(node.shape).outline(node)) }));
  return entry.rings;
}

/** The end of a route that reaches `end` from `prev`, moved along that line onto the node's outline. */
export function endOnOutline(node: SceneNode, prev: Point, end: Point): Point {
  const frame = shapeFrame(node.shape);
  if (frame.boxed) return end;
  const hit = firstHit(outlineRings(node), prev, end);
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
