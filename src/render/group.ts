import type { SceneGroup } from '../scene/types.js';
import { accentPaint, TYPE_SCALE, type Theme } from '../theme/index.js';
import { textBlock } from './text.js';
import { el } from './xml.js';

/** Groups in paint order: outer before inner, otherwise as in the scene. */
export function paintOrder(groups: readonly SceneGroup[]): SceneGroup[] {
  return groups.map((g, i) => ({ g, i })).sort((a, b) => a.g.depth - b.g.depth || a.i - b.i).map((x) => x.g);
}

/** A group: a rounded frame in its accent with a tinted fill, and its title. */
export function drawGroup(group: SceneGroup, theme: Theme): string {
  const paint = accentPaint(theme, group.color);
  const { strokeWidth, radius, strokeOpacity } = theme.group;
  const frame = el('rect', {
    x: group.x, y: group.y, width: group.width, height: group.height, rx: radius,
    fill: paint.groupFill, stroke: paint.stroke, 'stroke-width': strokeWidth, 'stroke-opacity': strokeOpacity,
  });
  const title = textBlock(group.label, TYPE_SCALE.groupLabel, paint.groupText, 'start');
  return el('g', { class: 'group', 'data-id': group.id }, frame + title);
}
