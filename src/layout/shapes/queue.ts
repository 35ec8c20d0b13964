// A queue: a pipe lying on its side, messages flowing towards its open right end.
import type { Box } from '../../scene/types.js';
import { arc, type Outline } from './path.js';
import type { ShapeFrame } from './types.js';

/** Horizontal radius of the pipe's end ellipses, px. */
export const QUEUE_END = 9;

function outline(b: Box): Outline {
  const rx = QUEUE_END, ry = b.height / 2, cy = b.y + ry, right = b.x + b.width - rx;
  return [[
    { kind: 'move', to: { x: b.x + rx, y: b.y } },
    { kind: 'line', to: { x: right, y: b.y } },
    arc({ x: right, y: cy }, rx, ry, -Math.PI / 2, Math.PI / 2),
    { kind: 'line', to: { x: b.x + rx, y: b.y + b.height } },
    arc({ x: b.x + rx, y: cy }, rx, ry, Math.PI / 2, 1.5 * Math.PI),
  ]];
}

// The right end's front face reaches 2 × END into the box; the back end only END.
export const queue: ShapeFrame = {
  insets: { top: { px: 14 }, right: { px: 2 * QUEUE_END + 8 }, bottom: { px: 14 }, left: { px: 14 } },
  outline,
};
