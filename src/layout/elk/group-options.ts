// ELK options of a group: padding that leaves room for its title, a minimum width that
// shows the whole title, and where the children sit when the group is wider than they need.
import type { LayoutOptions as ElkOptions } from 'elkjs/lib/elk-api.js';
import type { Direction, Group } from '../../model/types.js';
import { groupMinWidth, groupPadding } from '../label-sizing.js';
import { SPACING } from './options.js';

// With INCLUDE_CHILDREN, ELK 0.12 reads a compound node's minimum size and content
// alignment in its internal frame, rotated for vertical directions: x and y swap. An empty
// group is a plain node to ELK, whose size it reads as given.
const VERTICAL: ReadonlySet<Direction> = new Set(['down', 'up']);

/** Children centred across the flow, at the start along it (in ELK's internal frame). */
const CENTRED: Record<Direction, string> = {
  down: 'V_CENTER H_LEFT', up: 'V_CENTER H_RIGHT', right: 'H_CENTER V_TOP', left: 'H_CENTER V_TOP',
};

/** Children pushed to the right, freeing the top-left corner for the title. */
const RIGHT_ALIGNED: Record<Direction, string> = {
  down: 'V_BOTTOM H_LEFT', up: 'V_BOTTOM H_RIGHT', right: 'H_RIGHT V_TOP', left: 'H_LEFT V_TOP',
};

function minimumSize(width: number, height: number, direction: Direction, empty: boolean): string {
  return VERTICAL.has(direction) && !empty ? `(${height}, ${width})` : `(${width}, ${height})`;
}

/** Options of one group; `widenTo` asks for that width with the children on the right; `empty`: no children. */
export function groupOptions(group: Group, direction: Direction, widenTo?: number, empty = false): ElkOptions {
  const p = groupPadding(group);
  const width = Math.max(groupMinWidth(group), widenTo ?? 0);
  return {
    'elk.padding': `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`,
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': minimumSize(width, p.top + p.bottom, direction, empty),
    'elk.contentAlignment': (widenTo ? RIGHT_ALIGNED : CENTRED)[direction],
    ...SPACING,
  };
}
