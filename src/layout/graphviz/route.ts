// Orthogonal routes over dot's placement, in the frame where the flow runs down: each edge leaves
// its source through a port of its own on the downstream side, keeps to the gap dot left it in
// every row it passes (and through its label), turns only in the channels between rows, and enters
// its target through one port per edge kind, so a kind's edges merge into one arrowhead.
import type { Direction, Model } from '../../model/types.js';
import type { Box, Point, SceneEdge, SceneLabel } from '../../scene/types.js';
import type { Body } from '../body.js';
import { sceneEdge } from '../body.js';
import { boxToFlow, fromFlow, toFlow } from '../flow-frame.js';
import { edgeLabel } from '../label-sizing.js';
import type { Placement } from './apply.js';
import { ancestorsOf, elementsById } from '../../scene/hierarchy.js';
import { type Course, course, sidesOf } from './course.js';
import { ports } from './ports.js';
import { type Row, rowsOf } from './rows.js';
import { type StationStyle, straighten } from './stations.js';
import { type Frame, type Jog, forbidden, orderJogs, passing, placeTracks } from './tracks.js';

function jogsOf(c: Course): { channel: number; jog: Jog }[] {
  if (c.flat === 'below') return [{ channel: c.levels[0]!, jog: { id: c.edge.id, up: [...c.xs], down: [] } }];
  if (c.flat === 'above') return [{ channel: c.levels[0]! - 1, jog: { id: c.edge.id, up: [], down: [...c.xs] } }];
  return c.levels.slice(1).flatMap((r, i) => {
    const from = c.xs[i]!, to = c.xs[i + 1]!, down = r > c.levels[i]!;
    if (Math.abs(from - to) < 1) return [];
    return [{ channel: Math.min(r, c.levels[i]!), jog: down ? passing(c.edge.id, from, to) : passing(c.edge.id, to, from) }];
  });
}

// The channel of a course's jog between its i-th and next level.
const channelOf = (c: Course, i: number): number => (c.flat === 'above' ? c.levels[0]! - 1 : Math.min(c.levels[i]!, c.levels[i + 1]!));

/** Track y of every jog, by channel and edge id; or the first channel too narrow, and by how much. */
function tracks(courses: readonly Course[], rows: readonly Row[], frames: (id: string) => Frame[], titles: Box[]): Map<string, number> | Shortfall {
  const byChannel = new Map<number, Jog[]>();
  for (const { channel, jog } of courses.flatMap(jogsOf)) byChannel.set(channel, [...(byChannel.get(channel) ?? []), jog]);
  const out = new Map<string, number>();
  for (const [channel, jogs] of [...byChannel].sort(([a], [b]) => a - b)) {
    const bands = new Map(jogs.map((j) => [j.id, forbidden(j, frames(j.id), titles)]));
    const top = rows[channel]!.bottom, bottom = rows[channel + 1]!.top;
    const placed = placeTracks(orderJogs(jogs), top, bottom, bands);
    if (!(placed instanceof Map)) return { at: (top + bottom) / 2, short: placed.short };
    for (const [id, y] of placed) out.set(`${channel}|${id}`, y);
  }
  return out;
}

function points(c: Course, boxes: ReadonlyMap<string, Box>, at: ReadonlyMap<string, number>): Point[] {
  const from = boxes.get(c.edge.from)!, to = boxes.get(c.edge.to)!, last = c.xs.length - 1, { exit, entry } = sidesOf(c);
  const out: Point[] = [{ x: c.xs[0]!, y: exit === 'bottom' ? from.y + from.height : from.y }];
  c.levels.slice(1).forEach((_, i) => {
    const y = at.get(`${channelOf(c, i)}|${c.edge.id}`);
    if (y !== undefined) out.push({ x: c.xs[i]!, y }, { x: c.xs[i + 1]!, y });
  });
  out.push({ x: c.xs[last]!, y: entry === 'top' ? to.y : to.y + to.height });
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

// The group frames as each edge's jogs see them: those holding one of its ends are its own.
function framesOf(model: Model, placed: Placement, courses: readonly Course[]): (id: string) => Frame[] {
  const byId = elementsById(placed);
  const boxes = placed.groups.map((g) => ({ id: g.id, box: boxToFlow(g, model.direction) }));
  const byEdge = new Map(courses.map((c) => {
    const own = new Set([...ancestorsOf(byId, c.edge.from), ...ancestorsOf(byId, c.edge.to)]);
    return [c.edge.id, boxes.map((g) => ({ box: g.box, own: own.has(g.id) }))];
  }));
  return (id) => byEdge.get(id) ?? [];
}

/** The placed body with every edge routed; a shortfall when a channel needs more room; null when some edge cannot be routed this way. */
export function routeBody(model: Model, placed: Placement, style: StationStyle = 'straight'): Body | Shortfall | null {
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
  if (!straighten(courses, rows, new Set(boxes.values()), dir, style)) return null;
  const at = tracks(courses, rows, framesOf(model, placed, courses), titles);
  if (!(at instanceof Map)) return at;
  const edges: SceneEdge[] = courses.map((c) => sceneEdge(c.edge, points(c, boxes, at).map((q) => fromFlow(q, dir)), labelBox(c, rows, dir)));
  return { width: placed.width, height: placed.height, groups: placed.groups, nodes: placed.nodes, edges };
}
