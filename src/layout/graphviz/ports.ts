// Where edges meet their nodes: per node side, a port for each outgoing edge and one for each
// incoming edge kind (a kind's edges merge into one arrowhead), as near as they can be to where
// their edges go, in that order, apart, and clear of a group title in front of the side.
import type { Box } from '../../scene/types.js';
import { byCodeUnits } from '../../compare.js';
import { CLEAR, type Course, PASS, centre, sidesOf } from './course.js';

/** How far (px) past a node's side a group title still counts as in the way of its ports. */
const TITLE_REACH = 60;

// The part of a node side's span that no group title in front of it covers (the whole span when too little is left).
function portSpan(box: Box, side: string, titles: readonly Box[]): [number, number] {
  const edge = side === 'top' ? box.y : box.y + box.height;
  const ahead = titles.filter((t) => (side === 'top' ? t.y + t.height <= edge && t.y + t.height > edge - TITLE_REACH : t.y >= edge && t.y < edge + TITLE_REACH));
  let [lo, hi] = [box.x, box.x + box.width];
  for (const t of ahead) {
    if (t.x - CLEAR <= lo && t.x + t.width + CLEAR > lo) lo = t.x + t.width + CLEAR;
    else if (t.x + t.width + CLEAR >= hi && t.x - CLEAR < hi) hi = t.x - CLEAR;
  }
  return hi - lo >= 3 * PASS ? [lo, hi] : [box.x, box.x + box.width];
}

/** Port x of every edge end: per node side, outgoing edges one each, incoming edges one per kind, in the order of where they go. */
export function ports(courses: readonly Course[], boxes: ReadonlyMap<string, Box>, titles: readonly Box[]): void {
  const sides = new Map<string, { key: string; toward: number[]; ends: [Course, number][] }[]>();
  const attach = (node: string, side: string, key: string, c: Course, end: number, toward: number): void => {
    const list = sides.get(`${node}|${side}`) ?? [];
    const item = list.find((a) => a.key === key) ?? { key, toward: [], ends: [] };
    if (!list.includes(item)) list.push(item);
    item.toward.push(toward);
    item.ends.push([c, end]);
    sides.set(`${node}|${side}`, list);
  };
  for (const c of courses) {
    const last = c.xs.length - 1, { exit, entry } = sidesOf(c);
    const next = c.xs.length > 2 ? c.xs[1]! : centre(boxes.get(c.edge.to)!).x;
    const prev = c.xs.length > 2 ? c.xs[last - 1]! : centre(boxes.get(c.edge.from)!).x;
    attach(c.edge.from, exit, `out:${c.edge.id}`, c, 0, next);
    attach(c.edge.to, entry, `in:${c.edge.kind}`, c, last, prev);
  }
  for (const [where, list] of sides) {
    const box = boxes.get(where.slice(0, where.lastIndexOf('|')))!;
    const [lo, hi] = portSpan(box, where.slice(where.lastIndexOf('|') + 1), titles);
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    list.sort((p, q) => mean(p.toward) - mean(q.toward) || byCodeUnits(p.key, q.key));
    const xs = spread(list.map((item) => mean(item.toward)), lo, hi);
    list.forEach((item, i) => item.ends.forEach(([c, end]) => { c.xs[end] = xs[i]!; }));
  }
}

/** Ports along [lo, hi] as near as they can be to where their edges go, in order and apart. */
function spread(toward: readonly number[], lo: number, hi: number): number[] {
  const gap = Math.min(2 * PASS, (hi - lo) / (toward.length + 1));
  const inset = Math.min(3 * PASS, gap), first = lo + inset, last = hi - inset;
  const xs = toward.map((x) => Math.min(last, Math.max(first, x)));
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + gap);
  for (let i = xs.length - 1; i >= 0; i--) xs[i] = Math.min(xs[i]!, i === xs.length - 1 ? last : xs[i + 1]! - gap);
  return xs;
}
