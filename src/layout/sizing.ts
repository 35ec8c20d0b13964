// How big every box is, from its text: node cards, group titles, edge labels.
// Shared by the engine's input (sizes) and the scene it produces (text boxes).
import type { NodeShape } from '../catalog/types.js';
import type { Model, Node } from '../model/types.js';
import type { Box, SceneLabel } from '../scene/types.js';
import { TYPE_SCALE } from '../theme/index.js';
import { type FontStyle, lineHeight, measureText, wrapText } from '../text/measure.js';
import { boxLength, contentArea, insetPx, shapeFrame } from './shapes/index.js';

/** Node card metrics in px; `padding` is a card's, other shapes take the room their outline needs (shapes/). */
export const CARD = { padding: 14, icon: 28, iconGap: 10, techGap: 2, minWidth: 170, maxWidth: 260 } as const;

/** A node's size, shape, and its text and icon boxes relative to its top-left corner. */
export interface Card {
  width: number;
  height: number;
  shape: NodeShape;
  label: SceneLabel;
  sublabel: SceneLabel | null;
  iconBox: Box | null;
}

/** A text block set in one style, at the origin. */
export function textBlock(text: string, lines: string[], style: FontStyle): SceneLabel {
  const width = Math.max(0, ...lines.map((l) => measureText(l, style)));
  return { text, lines, x: 0, y: 0, width, height: lines.length * lineHeight(style) };
}

const shapeOf = (node: Node): NodeShape => node.shape ?? 'card';

// The icon slot is kept when a node has a tech but no icon, so texts align.
function iconSlot(node: Node): number {
  return node.icon !== null || node.tech !== null ? CARD.icon + CARD.iconGap : 0;
}

// The widest text: what the widest card of this shape leaves once the outline and the icon have their room.
function textRoom(node: Node): number {
  const { left, right } = shapeFrame(shapeOf(node)).insets;
  return CARD.maxWidth - insetPx(left, CARD.maxWidth) - insetPx(right, CARD.maxWidth) - iconSlot(node);
}

function nodeTexts(node: Node): { label: SceneLabel; sublabel: SceneLabel | null; height: number } {
  const room = textRoom(node);
  const label = textBlock(node.label, wrapText(node.label, TYPE_SCALE.nodeLabel, room), TYPE_SCALE.nodeLabel);
  const tech = node.techLabel;
  const sublabel = tech ? textBlock(tech, wrapText(tech, TYPE_SCALE.nodeSublabel, room), TYPE_SCALE.nodeSublabel) : null;
  return { label, sublabel, height: label.height + (sublabel ? CARD.techGap + sublabel.height : 0) };
}

function naturalSize(node: Node): { width: number; height: number } {
  const { label, sublabel, height } = nodeTexts(node);
  const { insets } = shapeFrame(shapeOf(node));
  const width = iconSlot(node) + Math.max(label.width, sublabel?.width ?? 0);
  const content = Math.max(height, iconSlot(node) ? CARD.icon : 0);
  return { width: boxLength(width, insets.left, insets.right), height: boxLength(content, insets.top, insets.bottom) };
}

// Text and icon are centred on the middle of the shape's content area, the icon at its left.
function placeCard(node: Node, width: number, height: number): Card {
  const { label, sublabel, height: textHeight } = nodeTexts(node);
  const area = contentArea(shapeFrame(shapeOf(node)), width, height);
  const mid = area.y + area.height / 2, left = area.x + iconSlot(node), top = mid - textHeight / 2;
  return {
    width, height, shape: shapeOf(node),
    label: { ...label, x: left, y: top },
    sublabel: sublabel ? { ...sublabel, x: left, y: top + label.height + CARD.techGap } : null,
    iconBox: node.icon ? { x: area.x, y: mid - CARD.icon / 2, width: CARD.icon, height: CARD.icon } : null,
  };
}

/** Cards of every node: one shared width and height, big enough for every shape, so rows and columns line up. */
export function cardsOf(model: Model): Map<string, Card> {
  const sizes = model.nodes.map(naturalSize);
  const width = Math.max(CARD.minWidth, ...sizes.map((s) => Math.min(s.width, CARD.maxWidth)));
  const fits = Math.max(width, ...sizes.map((s) => s.width));
  const height = Math.max(0, ...sizes.map((s) => s.height));
  return new Map(model.nodes.map((n) => [n.id, placeCard(n, fits, height)]));
}
