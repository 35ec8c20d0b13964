import type { SceneNode } from '../scene/types.js';
import { accentPaint, TYPE_SCALE, type Theme } from '../theme/index.js';
import { escapeXml } from './escape.js';
import { drawGlow } from './glow.js';
import { iconUse } from './icons.js';
import { textBlock } from './text.js';
import { el } from './xml.js';

/** A node: a card outlined in its accent (with a halo in neon themes), its icon, name and technology. */
export function drawNode(node: SceneNode, theme: Theme): string {
  const paint = accentPaint(theme, node.color);
  const { fill, radius, strokeWidth } = theme.node;
  const card = el('rect', {
    x: node.x, y: node.y, width: node.width, height: node.height, rx: radius,
    fill, stroke: paint.stroke, 'stroke-width': strokeWidth,
  });
  const glow = drawGlow(node, radius, paint.stroke, theme);
  const icon = node.icon && node.iconBox ? iconUse(node.icon, node.iconBox, paint.icon) : '';
  const label = textBlock(node.label, TYPE_SCALE.nodeLabel, theme.node.label, 'start');
  const sub = node.sublabel ? textBlock(node.sublabel, TYPE_SCALE.nodeSublabel, theme.node.sublabel, 'start') : '';
  const tip = node.description ? `<title>${escapeXml(node.description)}</title>` : '';
  return el('g', { class: 'node', 'data-id': node.id }, tip + glow + card + icon + label + sub);
}
