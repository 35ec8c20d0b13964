// The rows of a layered drawing, seen with the flow running down (flow-frame.ts): every node
// and every edge label dot placed sits on one, and between two rows runs a channel where
// edges may turn.
import type { Box, Point } from '../../scene/types.js';

export interface Row {
  /** The centre line every box of the row is centred on. */
  y: number;
  top: number;
  bottom: number;
  boxes: Box[];
}

/** Boxes whose centres are this close (px) share a row. */
const SAME_ROW = 1;

/** The rows the boxes make, top to bottom. */
export function rowsOf(boxes: readonly Box[]): Row[] {
  const sorted = [...boxes].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  return sorted.reduce<Row[]>((rows, b) => {
    const y = b.y + b.height / 2, last = rows[rows.length - 1];
    if (last && Math.abs(last.y - y) <= SAME_ROW) {
      rows[rows.length - 1] = { ...last, top: Math.min(last.top, b.y), bottom: Math.max(last.bottom, b.y + b.height), boxes: [...last.boxes, b] };
      return rows;
    }
    return [...rows, { y, top: b.y, bottom: b.y + b.height, boxes: [b] }];
  }, []);
}

/** Index of the row whose centre line is at `y`, or -1. */
export function rowAt(rows: readonly Row[], y: number): number {
  return rows.findIndex((r) => Math.abs(r.y - y) <= SAME_ROW);
}

/** Where a polyline crosses the horizontal line at `y` (the x of its nearest point if it never does). */
export function crossingX(path: readonly Point[], y: number): number {
  for (let k = 1; k < path.length; k++) {
    const p = path[k - 1]!, q = path[k]!;
    if ((p.y - y) * (q.y - y) <= 0 && p.y !== q.y) return p.x + ((y - p.y) * (q.x - p.x)) / (q.y - p.y);
  }
  return [...path].sort((a, b) => Math.abs(a.y - y) - Math.abs(b.y - y))[0]?.x ?? 0;
}
