// Node silhouettes with their glow and details, one art file per shape.
import type { NodeShape } from '../../catalog/types.js';
import { shapeOutline } from '../../layout/shapes/index.js';
import type { SceneNode } from '../../scene/types.js';
import type { AccentPaint, Theme } from '../../theme/index.js';
import { drawGlowPaths } from '../glow.js';
import { el } from '../xml.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';
import { browser } from './browser.js';
import { card } from './card.js';
import { cylinder } from './cylinder.js';
import { document } from './document.js';
import { mobile } from './mobile.js';
import { queue } from './queue.js';

// Hexagons, clouds and people are their silhouette alone.
const ARTS: Readonly<Record<NodeShape, ShapeArt>> = { card, cylinder, queue, browser, mobile, document, hexagon: {}, cloud: {}, person: {} };

// A scene written before shapes (or by hand) may name none: it is a card.
function artOf(shape: string | undefined): ShapeArt {
  return shape !== undefined && Object.hasOwn(ARTS, shape) ? ARTS[shape as NodeShape] : card;
}

/** The node's silhouette filled and outlined in its accent, the glow following it, and the shape's details on top. */
export function drawShape(node: SceneNode, paint: AccentPaint, theme: Theme): string {
  const art = artOf(node.shape);
  const pieces = art.pieces?.(node, theme) ?? shapeOutline(node.shape, node).map((p) => pathData(p));
  const { fill, strokeWidth } = theme.node;
  const body = pieces.map((d) => el('path', { d, fill, stroke: paint.stroke, 'stroke-width': strokeWidth, 'stroke-linejoin': 'round' }));
  return drawGlowPaths(pieces, paint.stroke, theme) + body.join('') + (art.details?.(node, paint, theme) ?? '');
}
