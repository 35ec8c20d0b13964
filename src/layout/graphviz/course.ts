// One edge's course through the rows of a layered drawing (flow frame): the rows it meets, its
// ends' rows first and last, and its x in each, filled in by ports.ts and stations.ts.
import type { Edge } from '../../model/types.js';
import type { Box, Point } from '../../scene/types.js';
import { edgeLabel } from '../label-sizing.js';
import { type Row, crossingX, rowAt } from './rows.js';

/** Px a station keeps from a node in the row it passes. */
export const CLEAR = 8;

/** Px between two edges passing one row, and between an edge and a node or label it passes. */
export const PASS = 10;

/** One edge through the rows: the rows it meets (first and last are its ends) and its x in each. */
export interface Course {
  edge: Edge;
  levels: number[];
  xs: number[];
  label: number;
  /** For an edge between two boxes of one row: the channel it dips into, under or over the row. */
  flat: 'below' | 'above' | null;
}

export type Side = 'top' | 'bottom';

/** The sides of its source and target the course leaves and enters by. */
export function sidesOf(c: Course): { exit: Side; entry: Side } {
  if (c.flat) return c.flat === 'below' ? { exit: 'bottom', entry: 'bottom' } : { exit: 'top', entry: 'top' };
  return c.levels[1]! > c.levels[0]! ? { exit: 'bottom', entry: 'top' } : { exit: 'top', entry: 'bottom' };
}

export const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The course of an edge dot drew along `path`; null when it has no row, or its label is off its course. */
export function course(edge: Edge, rows: readonly Row[], boxes: ReadonlyMap<string, Box>, path: Point[], label: Point | null): Course | null {
  const a = rowAt(rows, centre(boxes.get(edge.from)!).y), b = rowAt(rows, centre(boxes.get(edge.to)!).y);
  if (a < 0 || b < 0) return null;
  // Both ends on one row (dot does this between clusters in a cycle): a U through the channel below, or above on the last row.
  if (a === b) return edgeLabel(edge) || rows.length < 2 ? null : { edge, levels: [a, a], xs: [NaN, NaN], label: -1, flat: a < rows.length - 1 ? 'below' : 'above' };
  const step = b > a ? 1 : -1;
  const levels = Array.from({ length: Math.abs(b - a) + 1 }, (_, i) => a + i * step);
  const labelRow = label ? rowAt(rows, label.y) : -1;
  if (edgeLabel(edge) && !levels.slice(1, -1).includes(labelRow)) return null;
  const xs = levels.map((r, i) => (i === 0 || i === levels.length - 1 ? NaN : r === labelRow ? label!.x : crossingX(path, rows[r]!.y)));
  return { edge, levels, xs, label: levels.indexOf(labelRow), flat: null };
}

