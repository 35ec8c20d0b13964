// Sizes of group titles and edge labels, and the group padding that keeps a title clear.
import type { Edge, Group } from '../model/types.js';
import type { SceneLabel } from '../scene/types.js';
import { TYPE_SCALE } from '../theme/index.js';
import { textBlock } from './sizing.js';

/** Group frame metrics in px: the title sits at (side, titleTop) inside the frame. */
export const GROUP = { side: 16, titleTop: 10, titleGap: 14, bottom: 16 } as const;

/** Edge label padding in px around the text. */
export const EDGE_LABEL = { padX: 6, padY: 3 } as const;

/** A group's title, relative to the group's top-left corner. */
export function groupTitle(group: Group): SceneLabel {
  const block = textBlock(group.label, [group.label], TYPE_SCALE.groupLabel);
  return { ...block, x: GROUP.side, y: GROUP.titleTop };
}

/** Space between a group's frame and its children; the top leaves room for the title. */
export function groupPadding(group: Group): { top: number; left: number; bottom: number; right: number } {
  const title = groupTitle(group);
  return { top: title.y + title.height + GROUP.titleGap, left: GROUP.side, bottom: GROUP.bottom, right: GROUP.side };
}

/** The smallest width that shows a group's whole title. */
export function groupMinWidth(group: Group): number {
  return groupTitle(group).width + 2 * GROUP.side;
}

/** An edge's label box (text plus padding) at the origin, or null for an unlabelled edge. */
export function edgeLabel(edge: Edge): SceneLabel | null {
  if (!edge.label) return null;
  const block = textBlock(edge.label, [edge.label], TYPE_SCALE.edgeLabel);
  return { ...block, width: block.width + 2 * EDGE_LABEL.padX, height: block.height + 2 * EDGE_LABEL.padY };
}
