// A person: a head over rounded shoulders; the content sits in the body, clear of the head.
import type { Box } from '../../scene/types.js';
import { ellipse, type Outline, roundedRect } from './path.js';
import type { ShapeFrame } from './types.js';

/** Radius of the head, px; it overlaps the shoulders by OVERLAP so the two read as one figure. */
export const PERSON_HEAD = 14;
const OVERLAP = 9;
const SHOULDER = 30;

/** Where the body (shoulders down) begins below the box top, px. */
export const PERSON_BODY_TOP = 2 * PERSON_HEAD - OVERLAP;

function outline(b: Box): Outline {
  const body = { ...b, y: b.y + PERSON_BODY_TOP, height: b.height - PERSON_BODY_TOP };
  const head = ellipse({ x: b.x + b.width / 2, y: b.y + PERSON_HEAD }, PERSON_HEAD, PERSON_HEAD);
  return [roundedRect(body, [SHOULDER, SHOULDER, 10, 10]), head];
}

export const person: ShapeFrame = {
  insets: { top: { px: 2 * PERSON_HEAD + 4 }, right: { px: 14 }, bottom: { px: 8 }, left: { px: 14 } },
  outline,
};
