import type { Edge, EdgeKind, Model, Node, Role, Zone } from '../model/types.js';
import { resolveRole } from '../model/roles.js';

/** The model indexed for rules: nodes by id, their roles, zones and edges in and out (source order kept). */
export interface Graph {
  model: Model;
  nodes: readonly Node[];
  edges: readonly Edge[];
  node(id: string): Node;
  role(id: string): Role;
  /** Edges leaving a node, of the given kinds (all when omitted). */
  out(id: string, kinds?: readonly EdgeKind[]): Edge[];
  into(id: string, kinds?: readonly EdgeKind[]): Edge[];
  /** The groups around a node, nearest first. */
  groups(id: string): string[];
  /** The node's zone, when zones are declared and it is in one. */
  zone(id: string): Zone | null;
}

/** Indexes a model once for all rules. */
export function buildGraph(model: Model): Graph {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const parents = new Map(model.groups.map((g) => [g.id, g.parent]));
  const zones = new Map((model.zones ?? []).map((z) => [z.id, z]));
  const outs = groupBy(model.edges, (e) => e.from);
  const ins = groupBy(model.edges, (e) => e.to);
  const pick = (list: Edge[] | undefined, kinds?: readonly EdgeKind[]) => (list ?? []).filter((e) => !kinds || kinds.includes(e.kind));
  const node = (id: string): Node => byId.get(id)!;
  return {
    model,
    nodes: model.nodes,
    edges: model.edges,
    node,
    role: (id) => node(id).role ?? resolveRole(null, node(id).tech, node(id).tags).role,
    out: (id, kinds) => pick(outs.get(id), kinds),
    into: (id, kinds) => pick(ins.get(id), kinds),
    groups: (id) => ancestors(node(id).parent, parents),
    zone: (id) => zones.get(node(id).zone ?? '') ?? null,
  };
}

function ancestors(start: string | null, parents: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  for (let g = start; g !== null && !chain.includes(g); g = parents.get(g) ?? null) chain.push(g);
  return chain;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** How messages name an edge: `web -> api` with the arrow of its kind. */
export function edgeText(edge: Edge): string {
  const arrow = edge.kind === 'request' ? '->' : edge.kind === 'data' ? '-->' : '..>';
  return `${edge.from} ${arrow} ${edge.to}`;
}

/** Why a node has its role, for hints: `its technology python`, `its role: setting`, … */
export function roleReason(node: Node): string {
  if (node.roleFrom === 'role') return 'its `role:`';
  if (node.roleFrom === 'tag') return 'its tags';
  if (node.roleFrom === 'tech') return `its technology ${node.tech}`;
  return 'no technology that implies one';
}
