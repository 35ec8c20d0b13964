// A document or bucket: a page with its top-right corner folded over.
import type { Box } from '../../scene/types.js';
import { arc, type Outline } from './path.js';
import type { ShapeFrame } from './types.js';

/** Size of the folded corner, px; under the content inset, so text never meets it. */
export const DOCUMENT_FOLD = 12;
const R = 4;
const Q = Math.PI / 2;

function outline(b: Box): Outline {
  const r = b.x + b.width, d = b.y + b.height, f = DOCUMENT_FOLD;
  return [[
    { kind: 'move', to: { x: b.x + R, y: b.y } },
    { kind: 'line', to: { x: r - f, y: b.y } },
    { kind: 'line', to: { x: r, y: b.y + f } },
    { kind: 'line', to: { x: r, y: d - R } }, arc({ x: r - R, y: d - R }, R, R, 0, Q),
    { kind: 'line', to: { x: b.x + R, y: d } }, arc({ x: b.x + R, y: d - R }, R, R, Q, 2 * Q),
    { kind: 'line', to: { x: b.x, y: b.y + R } }, arc({ x: b.x + R, y: b.y + R }, R, R, 2 * Q, 3 * Q),
  ]];
}

export const document: ShapeFrame = {
  insets: { top: { px: 14 }, right: { px: 14 }, bottom: { px: 14 }, left: { px: 14 } },
  outline,
};
