// Orthogonal routes over dot's placement, in the frame where the flow runs down: each edge leaves
// its source through a port of its own on the downstream side, keeps to the gap dot left it in
// every row it passes (and through its label), turns only in the channels between rows, and enters
// its target through one port per edge kind, so a kind's edges merge into one arrowhead.
import type { Direction, Edge, Model } from '../../model/types.js';
import type { Box, Point, SceneEdge, SceneLabel } from '../../scene/types.js';
import type { Body } from '../body.js';
import { sceneEdge } from '../body.js';
import { boxToFlow, fromFlow, toFlow } from '../flow-frame.js';
import { edgeLabel } from '../label-sizing.js';
import type { Placement } from './apply.js';
import { type Row, crossingX, rowAt, rowsOf } from './rows.js';
import { type Jog, forbidden, orderJogs, placeTracks } from './tracks.js';

/** Px a station keeps from a node in the row it passes. */
const CLEAR = 8;

/** One edge through the rows: the rows it meets (first and last are its ends) and its x in each. */
interface Course {
  edge: Edge;
  levels: number[];
  xs: number[];
  label: number;
}

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

function course(edge: Edge, rows: readonly Row[], boxes: ReadonlyMap<string, Box>, path: Point[], label: Point | null): Course | null {
  const a = rowAt(rows, centre(boxes.get(edge.from)!).y), b = rowAt(rows, centre(boxes.get(edge.to)!).y);
  if (a < 0 || b < 0 || a === b) return null;
  const step = b > a ? 1 : -1;
  const levels = Array.from({ length: Math.abs(b - a) + 1 }, (_, i) => a + i * step);
  const labelRow = label ? rowAt(rows, label.y) : -1;
  if (edgeLabel(edge) && !levels.slice(1, -1).includes(labelRow)) return null;
  const xs = levels.map((r, i) => (i === 0 || i === levels.length - 1 ? NaN : r === labelRow ? label!.x : crossingX(path, rows[r]!.y)));
  return { edge, levels, xs, label: levels.indexOf(labelRow) };
}

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
function ports(courses: readonly Course[], boxes: ReadonlyMap<string, Box>, titles: readonly Box[]): void {
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
    const down = c.levels[1]! > c.levels[0]!, last = c.xs.length - 1;
    const next = c.xs.length > 2 ? c.xs[1]! : centre(boxes.get(c.edge.to)!).x;
    const prev = c.xs.length > 2 ? c.xs[last - 1]! : centre(boxes.get(c.edge.from)!).x;
    attach(c.edge.from, down ? 'bottom' : 'top', `out:${c.edge.id}`, c, 0, next);
    attach(c.edge.to, down ? 'top' : 'bottom', `in:${c.edge.kind}`, c, last, prev);
  }
  for (const [where, list] of sides) {
    const box = boxes.get(where.slice(0, where.lastIndexOf('|')))!;
    const [lo, hi] = portSpan(box, where.slice(where.lastIndexOf('|') + 1), titles);
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    list.sort((p, q) => mean(p.toward) - mean(q.toward) || p.key.localeCompare(q.key));
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

/** Px between two edges passing one row, and between an edge and a node or label it passes. */
const PASS = 10;

// Each station dot gave an edge in a row it passes is moved, where the row leaves room, to where the
// edge already runs or to where it must end: every turn saved is a track less in a channel
// (`keepDot` keeps dot's stations, whose order dot chose against crossings). False when some edge
// finds no room near its station (dot's polyline may cut a corner past a box).
function straighten(courses: readonly Course[], rows: readonly Row[], nodes: ReadonlySet<Box>, dir: Direction, keepDot: boolean): boolean {
  const taken = new Map<number, { x: number; half: number }[]>();
  const half = (c: Course, i: number): number => {
    const size = i === c.label ? edgeLabel(c.edge) : null;
    return size ? boxToFlow({ x: 0, y: 0, width: size.width, height: size.height }, dir).width / 2 : 0;
  };
  const free = (r: number, x: number, h: number): boolean =>
    rows[r]!.boxes.every((b) => !nodes.has(b) || x + h <= b.x - CLEAR || x - h >= b.x + b.width + CLEAR)
    && (taken.get(r) ?? []).every((t) => Math.abs(t.x - x) >= t.half + h + PASS);
  for (const c of courses) {
    const last = c.xs.length - 1;
    for (let i = 1; i < last; i++) {
      const r = c.levels[i]!, h = half(c, i);
      const near = Array.from({ length: 16 }, (_, k) => c.xs[i]! + (k % 2 ? 1 : -1) * PASS * Math.ceil((k + 1) / 2));
      const x = [...(keepDot ? [c.xs[i]!] : [c.xs[i - 1]!, c.xs[last]!, c.xs[i]!]), ...near].find((x) => free(r, x, h));
      if (x === undefined) return false;
      c.xs[i] = x;
      taken.set(r, [...(taken.get(r) ?? []), { x, half: h }]);
    }
  }
  return true;
}

function jogsOf(c: Course): { channel: number; jog: Jog }[] {
  return c.levels.slice(1).flatMap((r, i) => {
    const from = c.xs[i]!, to = c.xs[i + 1]!, down = r > c.levels[i]!;
    if (Math.abs(from - to) < 1) return [];
    return [{ channel: Math.min(r, c.levels[i]!), jog: { id: c.edge.id, upper: down ? from : to, lower: down ? to : from } }];
  });
}

/** Track y of every jog, by channel and edge id; or the first channel too narrow, and by how much. */
function tracks(courses: readonly Course[], rows: readonly Row[], frames: Box[], titles: Box[]): Map<string, number> | Shortfall {
  const byChannel = new Map<number, Jog[]>();
  for (const { channel, jog } of courses.flatMap(jogsOf)) byChannel.set(channel, [...(byChannel.get(channel) ?? []), jog]);
  const out = new Map<string, number>();
  for (const [channel, jogs] of [...byChannel].sort(([a], [b]) => a - b)) {
    const bands = new Map(jogs.map((j) => [j.id, forbidden(j, frames, titles)]));
    const top = rows[channel]!.bottom, bottom = rows[channel + 1]!.top;
    const placed = placeTracks(orderJogs(jogs), top, bottom, bands);
    if (!(placed instanceof Map)) return { at: (top + bottom) / 2, short: placed.short };
    for (const [id, y] of placed) out.set(`${channel}|${id}`, y);
  }
  return out;
}

function points(c: Course, rows: readonly Row[], boxes: ReadonlyMap<string, Box>, at: ReadonlyMap<string, number>): Point[] {
  const from = boxes.get(c.edge.from)!, to = boxes.get(c.edge.to)!, down = c.levels[1]! > c.levels[0]!, last = c.xs.length - 1;
  const out: Point[] = [{ x: c.xs[0]!, y: down ? from.y + from.height : from.y }];
  c.levels.slice(1).forEach((r, i) => {
    const y = at.get(`${Math.min(r, c.levels[i]!)}|${c.edge.id}`);
    if (y !== undefined) out.push({ x: c.xs[i]!, y }, { x: c.xs[i + 1]!, y });
  });
  out.push({ x: c.xs[last]!, y: down ? to.y : to.y + to.height });
  return out;
}

function labelBox(c: Course, rows: readonly Row[], direction: Direction): SceneLabel | null {
  const size = edgeLabel(c.edge);
  if (!size || c.label < 0) return null;
  const mid = fromFlow({ x: c.xs[c.label]!, y: rows[c.levels[c.label]!]!.y }, direction);
  return { ...size, x: mid.x - size.width / 2, y: mid.y - size.height / 2 };
}

/** A channel between rows too narrow for its tracks: where (flow y) and how many px it lacks. */
export interface Shortfall {
  at: number;
  short: number;
}

/** The placed body with every edge routed; a shortfall when a channel needs more room; null when some edge cannot be routed this way. */
/** How stations are chosen: `straight` saves turns, `dot` keeps dot's crossing-minimised gaps. */
export type RouteStyle = 'straight' | 'dot';

export function routeBody(model: Model, placed: Placement, style: RouteStyle = 'straight'): Body | Shortfall | null {
  const dir = model.direction;
  const boxes = new Map(placed.nodes.map((n) => [n.id, boxToFlow(n, dir)]));
  const labels = model.edges.flatMap((e) => {
    const size = edgeLabel(e), at = placed.paths.get(e.id)?.label;
    if (!size || !at) return [];
    const flow = boxToFlow({ x: 0, y: 0, width: size.width, height: size.height }, dir), c = toFlow(at, dir);
    return [{ ...flow, x: c.x - flow.width / 2, y: c.y - flow.height / 2 }];
  });
  const rows = rowsOf([...boxes.values(), ...labels]);
  const courses: Course[] = [];
  for (const e of model.edges) {
    const p = placed.paths.get(e.id)!;
    const c = course(e, rows, boxes, p.path.map((q) => toFlow(q, dir)), p.label ? toFlow(p.label, dir) : null);
    if (!c) return null;
    courses.push(c);
  }
  const titles = placed.groups.map((g) => boxToFlow(g.label, dir));
  ports(courses, boxes, titles);
  if (!straighten(courses, rows, new Set(boxes.values()), dir, style === 'dot')) return null;
  const at = tracks(courses, rows, placed.groups.map((g) => boxToFlow(g, dir)), titles);
  if (!(at instanceof Map)) return at;
  const edges: SceneEdge[] = courses.map((c) => sceneEdge(c.edge, points(c, rows, boxes, at).map((q) => fromFlow(q, dir)), labelBox(c, rows, dir)));
  return { width: placed.width, height: placed.height, groups: placed.groups, nodes: placed.nodes, edges };
}
