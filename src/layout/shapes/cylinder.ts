// A database: a vertical cylinder whose top rim is an ellipse; the text sits below the rim.
import type { Box } from '../../scene/types.js';
import { arc, type Outline } from './path.js';
import type { ShapeFrame } from './types.js';

/** Vertical radius of the rim ellipses, px. */
export const CYLINDER_RIM = 8;

// The rim's front arc dips to 2 × RIM; the same room below keeps the text at mid-height.
const ROOM = 2 * CYLINDER_RIM + 4;

function outline(b: Box): Outline {
  const rx = b.width / 2, ry = CYLINDER_RIM, cx = b.x + rx;
  return [[
    { kind: 'move', to: { x: b.x, y: b.y + ry } },
    arc({ x: cx, y: b.y + ry }, rx, ry, Math.PI, 2 * Math.PI),
    { kind: 'line', to: { x: b.x + b.width, y: b.y + b.height - ry } },
    arc({ x: cx, y: b.y + b.height - ry }, rx, ry, 0, Math.PI),
  ]];
}

export const cylinder: ShapeFrame = {
  insets: { top: { px: ROOM }, right: { px: 14 }, bottom: { px: ROOM }, left: { px: 14 } },
  outline,
};
