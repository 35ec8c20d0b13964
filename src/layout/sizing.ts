// How big every box is, from its text: node cards, group titles, edge labels.
// Shared by the engine's input (sizes) and the scene it produces (text boxes).
import type { Model, Node } from '../model/types.js';
import type { Box, SceneLabel } from '../scene/types.js';
import { TYPE_SCALE } from '../theme/index.js';
import { type FontStyle, lineHeight, measureText, wrapText } from '../text/measure.js';

/** Node card metrics in px. */
export const CARD = { padding: 14, icon: 28, iconGap: 10, techGap: 2, minWidth: 170, maxWidth: 260 } as const;

/** A node card's size and its text and icon boxes relative to the card's top-left corner. */
export interface Card {
  width: number;
  height: number;
  label: SceneLabel;
  sublabel: SceneLabel | null;
  iconBox: Box | null;
}

/** A text block set in one style, at the origin. */
export function textBlock(text: string, lines: string[], style: FontStyle): SceneLabel {
  const width = Math.max(0, ...lines.map((l) => measureText(l, style)));
  return { text, lines, x: 0, y: 0, width, height: lines.length * lineHeight(style) };
}

function hasIconSlot(node: Node): boolean {
  return node.icon !== null || node.tech !== null;
}

function textLeft(node: Node): number {
  return CARD.padding + (hasIconSlot(node) ? CARD.icon + CARD.iconGap : 0);
}

function cardTexts(node: Node): { label: SceneLabel; sublabel: SceneLabel | null } {
  const room = CARD.maxWidth - textLeft(node) - CARD.padding;
  const label = textBlock(node.label, wrapText(node.label, TYPE_SCALE.nodeLabel, room), TYPE_SCALE.nodeLabel);
  const tech = node.techLabel;
  const sublabel = tech ? textBlock(tech, wrapText(tech, TYPE_SCALE.nodeSublabel, room), TYPE_SCALE.nodeSublabel) : null;
  return { label, sublabel };
}

function naturalSize(node: Node): { width: number; height: number } {
  const { label, sublabel } = cardTexts(node);
  const textWidth = Math.max(label.width, sublabel?.width ?? 0);
  const textHeight = label.height + (sublabel ? CARD.techGap + sublabel.height : 0);
  const content = Math.max(textHeight, hasIconSlot(node) ? CARD.icon : 0);
  return { width: textLeft(node) + textWidth + CARD.padding, height: content + 2 * CARD.padding };
}

function placeCard(node: Node, width: number, height: number): Card {
  const { label, sublabel } = cardTexts(node);
  const left = textLeft(node);
  const textHeight = label.height + (sublabel ? CARD.techGap + sublabel.height : 0);
  const top = (height - textHeight) / 2;
  const iconTop = (height - CARD.icon) / 2;
  return {
    width, height,
    label: { ...label, x: left, y: top },
    sublabel: sublabel ? { ...sublabel, x: left, y: top + label.height + CARD.techGap } : null,
    iconBox: node.icon ? { x: CARD.padding, y: iconTop, width: CARD.icon, height: CARD.icon } : null,
  };
}

/** Cards of every node: one shared width and height so rows and columns line up. */
export function cardsOf(model: Model): Map<string, Card> {
  const sizes = model.nodes.map(naturalSize);
  const width = Math.max(CARD.minWidth, ...sizes.map((s) => Math.min(s.width, CARD.maxWidth)));
  const fits = Math.max(width, ...sizes.map((s) => s.width));
  const height = Math.max(0, ...sizes.map((s) => s.height));
  return new Map(model.nodes.map((n) => [n.id, placeCard(n, fits, height)]));
}
