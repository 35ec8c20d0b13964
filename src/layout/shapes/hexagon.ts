// A gateway or cluster: a hexagon pointed left and right; the content stays between the slanted sides.
import type { Box } from '../../scene/types.js';
import { type Outline, roundedPolygon } from './path.js';
import type { ShapeFrame } from './types.js';

/** How far the points stick out beyond the flat top and bottom, px. */
export const HEXAGON_POINT = 18;
/** How far each corner is cut back to soften it, px: hexagons keep the cards' rounded feel. */
const CORNER = 4;

function outline(b: Box): Outline {
  const d = HEXAGON_POINT, r = b.x + b.width, mid = b.y + b.height / 2, bottom = b.y + b.height;
  return [roundedPolygon([
    { x: b.x + d, y: b.y }, { x: r - d, y: b.y }, { x: r, y: mid },
    { x: r - d, y: bottom }, { x: b.x + d, y: bottom }, { x: b.x, y: mid },
  ], CORNER)];
}

// Content never reaches the top or bottom corner, so POINT + 4 always leaves room to the slanted sides.
export const hexagon: ShapeFrame = {
  insets: { top: { px: 14 }, right: { px: HEXAGON_POINT + 4 }, bottom: { px: 14 }, left: { px: HEXAGON_POINT + 4 } },
  outline,
};
