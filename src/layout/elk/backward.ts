// Which edges a first layout drew against the flow: ELK reversed them to break a cycle.
import type { Direction } from '../../model/types.js';
import type { Box } from '../../scene/types.js';
import type { Body } from '../body.js';

/** Position of a box's centre along the flow: larger means further downstream. */
function downstream(b: Box, direction: Direction): number {
  const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
  return { down: cy, up: -cy, right: cx, left: -cx }[direction];
}

/** Ids of the edges whose target lies upstream of their source; only those between siblings if asked. */
export function backwardEdges(body: Body, direction: Direction, siblingsOnly = false): Set<string> {
  const boxes = new Map<string, Box & { parent: string | null }>([...body.groups, ...body.nodes].map((o) => [o.id, o]));
  return new Set(body.edges.filter((e) => {
    const from = boxes.get(e.from), to = boxes.get(e.to);
    if (!from || !to || (siblingsOnly && from.parent !== to.parent)) return false;
    return downstream(to, direction) < downstream(from, direction) - 1;
  }).map((e) => e.id));
}
