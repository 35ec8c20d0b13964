// The plain card: a rounded box; edges end on it where ELK puts them.
import { roundedRect } from './path.js';
import type { ShapeFrame } from './types.js';

/** Corner radius of the card and of every box-like shape (themes may draw their own). */
export const CARD_RADIUS = 10;

export const card: ShapeFrame = {
  insets: { top: { px: 14 }, right: { px: 14 }, bottom: { px: 14 }, left: { px: 14 } },
  outline: (b) => [roundedRect(b, [CARD_RADIUS, CARD_RADIUS, CARD_RADIUS, CARD_RADIUS])],
  boxed: true,
};
