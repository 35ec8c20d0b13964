// Step 1 of 3: Model → ELK graph. Groups become compound nodes, nodes get their card size,
// and each edge is declared in the innermost group holding both ends.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Edge, Model } from '../../model/types.js';
import type { Card } from '../sizing.js';
import { edgeLabel } from '../label-sizing.js';
import { ROOT_ID, edgeKey, groupKey, nodeKey } from './ids.js';
import { LABEL_OPTIONS, NODE_OPTIONS, rootOptions } from './options.js';
import { groupOptions } from './group-options.js';
import { edgeEnds, nodePorts } from './ports.js';

function chain(model: Model, id: string): string[] {
  const parents = new Map<string, string | null>([...model.groups, ...model.nodes].map((o) => [o.id, o.parent]));
  const out: string[] = [];
  for (let cur = parents.get(id) ?? null; cur && !out.includes(cur); cur = parents.get(cur) ?? null) out.push(cur);
  return out;
}

/** The innermost group enclosing both ends of an edge, or null for the top level. */
export function edgeContainer(model: Model, edge: Edge): string | null {
  const up = chain(model, edge.to);
  return chain(model, edge.from).find((g) => up.includes(g)) ?? null;
}

function isNode(model: Model, id: string): boolean {
  return model.nodes.some((n) => n.id === id);
}

function elkEdge(model: Model, edge: Edge, hints: Hints): ElkExtendedEdge {
  const label = edgeLabel(edge);
  const back = hints.backward.has(edge.id);
  const ends = edgeEnds(edge, back);
  const [from, to] = back ? [edge.to, edge.from] : [edge.from, edge.to];
  return {
    id: edgeKey(edge.id),
    sources: [isNode(model, from) ? ends.source ?? nodeKey(from) : groupKey(from)],
    targets: [isNode(model, to) ? ends.target : groupKey(to)],
    labels: label ? [{ id: `${edgeKey(edge.id)}/label`, text: label.text, width: label.width, height: label.height, layoutOptions: LABEL_OPTIONS }] : [],
  };
}

/** What the engine knows besides the model: node cards, groups to widen for their title, edges running backward. */
export interface Hints {
  cards: ReadonlyMap<string, Card>;
  widen: ReadonlyMap<string, number>;
  backward: ReadonlySet<string>;
}

function contents(model: Model, hints: Hints, parent: string | null): Pick<ElkNode, 'children' | 'edges'> {
  const groups = model.groups.filter((g) => g.parent === parent).map((g): ElkNode => {
    const inside = contents(model, hints, g.id);
    const empty = !inside.children?.length;
    return { id: groupKey(g.id), layoutOptions: groupOptions(g, model.direction, hints.widen.get(g.id), empty), ...inside };
  });
  const nodes = model.nodes.filter((n) => n.parent === parent).map((n): ElkNode => {
    const card = hints.cards.get(n.id);
    return { id: nodeKey(n.id), width: card?.width ?? 0, height: card?.height ?? 0, ports: nodePorts(model, n.id, hints.backward), layoutOptions: NODE_OPTIONS };
  });
  const edges = model.edges.filter((e) => edgeContainer(model, e) === parent).map((e) => elkEdge(model, e, hints));
  return { children: [...groups, ...nodes], edges };
}

/** The ELK input graph of a model. */
export function toElkGraph(model: Model, hints: Hints): ElkNode {
  return { id: ROOT_ID, layoutOptions: rootOptions(model.direction), ...contents(model, hints, null) };
}
