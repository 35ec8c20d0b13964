// What a finding's badge must keep clear of: every box and line already drawn, and group borders.
import type { Box, Point, Scene } from '../scene/types.js';
import { isInside, overlapArea, segmentHitsBox } from '../scene/geometry.js';

/** Where a badge points: pinned to a node, or sitting on an edge's line. */
export interface Anchor {
  node: string | null;
  edge: string | null;
}

interface Blocker { box: Box; node: string | null }
interface Segment { p: Point; q: Point; edge: string }

/** Everything on a scene a badge may not cover, gathered once; badges placed so far are added as they go. */
export interface Room {
  blockers: Blocker[];
  segments: Segment[];
  groups: Box[];
  canvas: Box;
}

const own = (node: string | null, box: Box): Blocker => ({ box, node });

/** The room on a scene: nodes, their text and icons, titles, edge labels, edge lines, the legend. */
export function roomOf(scene: Scene): Room {
  const nodes = scene.nodes.flatMap((n) => [own(n.id, n), ...[n.label, n.sublabel, n.iconBox].flatMap((b) => (b ? [own(null, b)] : []))]);
  const labels = [...scene.groups.map((g) => g.label), ...scene.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const frame = [scene.titleLabel, ...(scene.legend ? [scene.legend] : [])];
  const segments = scene.edges.flatMap((e) => e.points.slice(1).map((q, k) => ({ p: e.points[k]!, q, edge: e.id })));
  const canvas = { x: 0, y: 0, width: scene.width, height: scene.height };
  return { blockers: [...nodes, ...[...labels, ...frame].map((b) => own(null, b))], segments, groups: scene.groups, canvas };
}

/** The room with more boxes taken (badges just placed). */
export function taken(room: Room, boxes: readonly Box[]): Room {
  return { ...room, blockers: [...room.blockers, ...boxes.map((b) => own(null, b))] };
}

/** True when a badge row here covers nothing but its own node's frame, crosses no line but its own edge and no group border. */
export function isFree(room: Room, box: Box, at: Anchor): boolean {
  if (!isInside(box, room.canvas, 0)) return false;
  const mine = (b: Blocker) => b.node !== null && b.node === at.node;
  if (room.blockers.some((b) => !mine(b) && overlapArea(box, b.box) > 0)) return false;
  if (room.segments.some((s) => s.edge !== at.edge && segmentHitsBox(s.p, s.q, box))) return false;
  return room.groups.every((g) => isInside(box, g, 0) || overlapArea(box, g) === 0);
}
