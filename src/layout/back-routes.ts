// Edges that run against the flow between groups: ELK takes them round the outside of the
// whole diagram and into the far side of their target. Each gets candidate routes up a lane
// beside the diagram (lanes.ts); the candidate that touches no foreign node, group title or
// edge label and crosses the fewest edges replaces ELK's route when it crosses fewer, or as
// few but is shorter. Work happens in the flow frame, so one set of rules fits every direction.
import type { Direction } from '../model/types.js';
import type { Box, Point, SceneEdge } from '../scene/types.js';
import type { Body } from './body.js';
import { boxToFlow, fromFlow, toFlow } from './flow-frame.js';
import { type Side, laneRoutes, laneX } from './lanes.js';
import { type Segment, crossings, hitsAny, routeLength, segmentsOf } from './route-geometry.js';

/** The body seen in the flow frame: boxes by id, labels to keep clear of, routes by edge id. */
interface FlowView { boxes: Map<string, Box>; labels: Box[]; routes: Map<string, Segment[]> }

interface Choice { route: Point[]; side: Side; crossings: number; length: number }

function flowView(body: Body, direction: Direction): FlowView {
  const boxes = new Map([...body.groups, ...body.nodes].map((o) => [o.id, boxToFlow(o, direction)]));
  const labels = [...body.groups.map((g) => g.label), ...body.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const routes = new Map(body.edges.map((e) => [e.id, segmentsOf(e.points.map((p) => toFlow(p, direction)))]));
  return { boxes, labels: labels.map((l) => boxToFlow(l, direction)), routes };
}

function obstacles(view: FlowView, body: Body, e: SceneEdge): Box[] {
  const nodes = body.nodes.filter((n) => n.id !== e.from && n.id !== e.to).flatMap((n) => view.boxes.get(n.id) ?? []);
  return [...nodes, ...view.labels];
}

function beats(a: Choice, b: { crossings: number; length: number }): boolean {
  return a.crossings < b.crossings || (a.crossings === b.crossings && a.length < b.length);
}

/** A better route for one backward edge (flow frame), or null to keep ELK's. */
function reroute(body: Body, view: FlowView, e: SceneEdge, laneIndex: (side: Side) => number): Choice | null {
  const source = view.boxes.get(e.from), target = view.boxes.get(e.to);
  if (!source || !target || e.label) return null;
  const others = [...view.routes].filter(([id]) => id !== e.id).flatMap(([, segs]) => segs);
  const keep = obstacles(view, body, e);
  const current = { crossings: crossings(view.routes.get(e.id) ?? [], others), length: routeLength(e.points) };
  const all = (['right', 'left'] as const).flatMap((side) => laneRoutes(source, target, laneX(source, target, [...view.boxes.values()], side, laneIndex(side)), side)
    .map((route): Choice => ({ route, side, crossings: crossings(segmentsOf(route), others), length: routeLength(route) })));
  const fit = all.filter((c) => !hitsAny(c.route, keep) && beats(c, current));
  return fit.reduce<Choice | null>((best, c) => (best === null || beats(c, best) ? c : best), null);
}

/** The body with backward edges re-routed up side lanes where that crosses fewer lines or is shorter. */
export function rerouteBackward(body: Body, backward: ReadonlySet<string>, direction: Direction): Body {
  let current = body;
  // edges from one source of one kind share a lane (a fan-out); others get the next lane out
  const lanes: Record<Side, string[]> = { left: [], right: [] };
  for (const e of body.edges.filter((x) => backward.has(x.id))) {
    const key = `${e.from}/${e.kind}`;
    const index = (side: Side): number => (lanes[side].includes(key) ? lanes[side].indexOf(key) : lanes[side].length);
    const choice = reroute(current, flowView(current, direction), e, index);
    if (!choice) continue;
    if (!lanes[choice.side].includes(key)) lanes[choice.side].push(key);
    const points = choice.route.map((p) => fromFlow(p, direction));
    current = { ...current, edges: current.edges.map((x) => (x.id === e.id ? { ...x, points } : x)) };
  }
  return current;
}
