// Step 3 of 3: ELK result → Body. ELK places children relative to their parent's top-left
// corner and routes each edge relative to its container (the `container` it reports, else
// the graph it was declared in); everything is made absolute here.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Model } from '../../model/types.js';
import type { Box, Point, SceneLabel } from '../../scene/types.js';
import type { Card } from '../sizing.js';
import { type Body, sceneEdge, sceneGroup, sceneNode } from '../body.js';
import { edgeLabel } from '../label-sizing.js';
import { ROOT_ID, edgeKey, groupKey, nodeKey } from './ids.js';

type Declared = ElkExtendedEdge & { container?: string; declaredIn: string };
interface Route { points: Point[]; label: SceneLabel | null }

function boxesOf(node: ElkNode, origin: Point): [string, Box][] {
  return (node.children ?? []).flatMap((c): [string, Box][] => {
    const box = { x: origin.x + (c.x ?? 0), y: origin.y + (c.y ?? 0), width: c.width ?? 0, height: c.height ?? 0 };
    return [[c.id, box], ...boxesOf(c, box)];
  });
}

function edgesOf(node: ElkNode): Declared[] {
  const own = (node.edges ?? []).map((e) => ({ ...e, declaredIn: node.id }));
  return [...own, ...(node.children ?? []).flatMap(edgesOf)];
}

function routeOf(edge: Declared, origin: Point, label: SceneLabel | null): Route {
  const at = (p: Point): Point => ({ x: origin.x + p.x, y: origin.y + p.y });
  const points = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map(at));
  const placed = edge.labels?.[0];
  const box = label && placed ? { ...label, ...at({ x: placed.x ?? 0, y: placed.y ?? 0 }) } : null;
  return { points: points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y), label: box };
}

const NOWHERE: Box = { x: 0, y: 0, width: 0, height: 0 };

function routesOf(model: Model, result: ElkNode, boxes: Map<string, Box>): Map<string, Route> {
  const labels = new Map(model.edges.map((e) => [edgeKey(e.id), edgeLabel(e)]));
  return new Map(edgesOf(result).map((e) => {
    const origin = boxes.get(e.container ?? e.declaredIn) ?? NOWHERE;
    return [e.id, routeOf(e, origin, labels.get(e.id) ?? null)];
  }));
}

/** The laid-out body of a model from ELK's result graph; `backward` edges were given to ELK turned round. */
export function fromElkGraph(model: Model, cards: ReadonlyMap<string, Card>, result: ElkNode, backward: ReadonlySet<string> = new Set()): Body {
  const boxes = new Map(boxesOf(result, { x: 0, y: 0 }));
  boxes.set(ROOT_ID, { x: 0, y: 0, width: result.width ?? 0, height: result.height ?? 0 });
  const routes = routesOf(model, result, boxes);
  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    groups: model.groups.map((g) => sceneGroup(model, g, boxes.get(groupKey(g.id)) ?? NOWHERE)),
    nodes: model.nodes.flatMap((n) => {
      const card = cards.get(n.id);
      return card ? [sceneNode(model, n, card, boxes.get(nodeKey(n.id)) ?? NOWHERE)] : [];
    }),
    edges: model.edges.map((e) => {
      const r = routes.get(edgeKey(e.id));
      const points = r?.points ?? [];
      return sceneEdge(e, backward.has(e.id) ? [...points].reverse() : points, r?.label ?? null);
    }),
  };
}
