import type { SceneNode } from '../scene/types.js';
import { accentPaint, TYPE_SCALE, type Theme } from '../theme/index.js';
import { escapeXml } from './escape.js';
import { iconUse } from './icons.js';
import { drawShape } from './shapes/index.js';
import { textBlock } from './text.js';
import { el } from './xml.js';

/** A node: its shape outlined in its accent (with a halo in neon themes), its icon, name and technology. */
export function drawNode(node: SceneNode, theme: Theme): string {
  const paint = accentPaint(theme, node.color);
  const shape = drawShape(node, paint, theme);
  const icon = node.icon && node.iconBox ? iconUse(node.icon, node.iconBox, paint.icon) : '';
  const label = textBlock(node.label, TYPE_SCALE.nodeLabel, theme.node.label, 'start');
  const sub = node.sublabel ? textBlock(node.sublabel, TYPE_SCALE.nodeSublabel, theme.node.sublabel, 'start') : '';
  const tip = node.description ? `<title>${escapeXml(node.description)}</title>` : '';
  return el('g', { class: 'node', 'data-id': node.id }, tip + shape + icon + label + sub);
}
