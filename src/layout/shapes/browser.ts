// A browser window: a card with a title bar; the content is centred below the bar as on a card.
import { roundedRect } from './path.js';
import type { ShapeFrame } from './types.js';
import { CARD_RADIUS } from './card.js';

/** Height of the window's title bar (with its three dots), px. */
export const BROWSER_BAR = 12;

// The same room above and below keeps the text at mid-height, on the baseline of its neighbours.
const ROOM = BROWSER_BAR + 8;

export const browser: ShapeFrame = {
  insets: { top: { px: ROOM }, right: { px: 14 }, bottom: { px: ROOM }, left: { px: 14 } },
  outline: (b) => [roundedRect(b, [CARD_RADIUS, CARD_RADIUS, CARD_RADIUS, CARD_RADIUS])],
  boxed: true,
};
