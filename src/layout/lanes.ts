// Candidate routes up a lane beside the diagram, in the flow frame (flow runs down): from a
// source below to a target above, leaving and entering by the side facing the lane or by the
// top or bottom with a short stub.
import type { Box, Point } from '../scene/types.js';
import { cleanRoute } from './routes.js';

/** Px between the outermost box and the first lane, between lanes, and of a stub out of a top or bottom. */
export const LANE = { gap: 24, step: 14, stub: 28 } as const;

export type Side = 'left' | 'right';

/** Ways out of a box towards a lane on `side`, each listed as the points leaving the box. */
function exits(b: Box, side: Side): Point[][] {
  const cx = b.x + b.width / 2, cy = b.y + b.height / 2, bottom = b.y + b.height;
  return [
    [{ x: side === 'right' ? b.x + b.width : b.x, y: cy }],
    [{ x: cx, y: b.y }, { x: cx, y: b.y - LANE.stub }],
    [{ x: cx, y: bottom }, { x: cx, y: bottom + LANE.stub }],
  ];
}

/** Ways into a box from a lane: the exits, walked the other way. */
function entries(b: Box, side: Side): Point[][] {
  return exits(b, side).map((route) => [...route].reverse());
}

/** The x of lane number `index` on `side`, clear of every box level with the route. */
export function laneX(source: Box, target: Box, boxes: readonly Box[], side: Side, index: number): number {
  const level = boxes.filter((b) => b.y < source.y + source.height && b.y + b.height > target.y);
  const offset = LANE.gap + index * LANE.step;
  return side === 'right' ? Math.max(...level.map((b) => b.x + b.width)) + offset : Math.min(...level.map((b) => b.x)) - offset;
}

/** Every route from `source` to `target` through the lane at x = `lane`. */
export function laneRoutes(source: Box, target: Box, lane: number, side: Side): Point[][] {
  return exits(source, side).flatMap((exit) => entries(target, side).map((entry) => {
    const a = exit[exit.length - 1]!, b = entry[0]!;
    return cleanRoute([...exit, { x: lane, y: a.y }, { x: lane, y: b.y }, ...entry]);
  }));
}
