// Every node shape's frame: where its content goes and its silhouette.
import type { NodeShape } from '../../catalog/types.js';
import type { Box } from '../../scene/types.js';
import type { Outline } from './path.js';
import type { ShapeFrame } from './types.js';
import { browser } from './browser.js';
import { card } from './card.js';
import { cloud } from './cloud.js';
import { cylinder } from './cylinder.js';
import { document } from './document.js';
import { hexagon } from './hexagon.js';
import { mobile } from './mobile.js';
import { person } from './person.js';
import { queue } from './queue.js';

export type { Inset, Insets, ShapeFrame } from './types.js';
export { boxLength, contentArea, insetPx } from './types.js';
export type { Outline, PathPart, Piece } from './path.js';
export { flatten } from './flatten.js';

const FRAMES: Readonly<Record<NodeShape, ShapeFrame>> = { card, cylinder, queue, person, browser, mobile, cloud, hexagon, document };

/** The frame of a shape; anything else (a scene file from before shapes) is a card. */
export function shapeFrame(shape: string | undefined): ShapeFrame {
  return shape !== undefined && Object.hasOwn(FRAMES, shape) ? FRAMES[shape as NodeShape] : card;
}

/** The silhouette of a shape filling a box. */
export function shapeOutline(shape: string | undefined, box: Box): Outline {
  return shapeFrame(shape).outline(box);
}
