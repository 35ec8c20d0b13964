import type { EdgeKind } from '../model/types.js';
import type { Theme } from '../theme/index.js';
import { el } from './xml.js';

/** Length of an arrowhead along the edge, px; the edge stops this short of its target. */
export const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 4.5;

/** The id of the arrowhead marker of an edge kind. */
export function markerId(kind: EdgeKind): string {
  return `arrow-${kind}`;
}

/** One arrowhead per edge kind in use, coloured like the kind (markers cannot inherit the stroke in SVG 1.1). */
export function markerDefs(kinds: readonly EdgeKind[], theme: Theme): string {
  return kinds.map((k) => marker(k, theme.edges[k].color)).join('');
}

function marker(kind: EdgeKind, color: string): string {
  const w = ARROW_HALF_WIDTH;
  const a = {
    id: markerId(kind), viewBox: `0 0 ${ARROW_LENGTH} ${2 * w}`, refX: 0, refY: w,
    markerWidth: ARROW_LENGTH, markerHeight: 2 * w, markerUnits: 'userSpaceOnUse', orient: 'auto',
    // the head fits its viewBox anyway; a clipped marker outside the viewport panics resvg 2.6
    overflow: 'visible',
  };
  return el('marker', a, el('path', { d: `M0,0 L${ARROW_LENGTH},${w} L0,${2 * w} z`, fill: color }));
}
