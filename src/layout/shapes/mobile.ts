// A mobile device on its side: a rounded body whose bezel holds a speaker and a home button; the content is on the screen.
import { roundedRect } from './path.js';
import type { ShapeFrame } from './types.js';

/** Corner radius of the device, px. */
export const MOBILE_RADIUS = 14;
/** Width of the bezel at the speaker and home-button ends, and at the long sides, px. */
export const MOBILE_BEZEL = { end: 14, side: 5 } as const;

export const mobile: ShapeFrame = {
  insets: {
    top: { px: MOBILE_BEZEL.side + 10 }, right: { px: MOBILE_BEZEL.end + 10 },
    bottom: { px: MOBILE_BEZEL.side + 10 }, left: { px: MOBILE_BEZEL.end + 10 },
  },
  outline: (b) => [roundedRect(b, [MOBILE_RADIUS, MOBILE_RADIUS, MOBILE_RADIUS, MOBILE_RADIUS])],
};
