// Who connects to whom in a scene: what hover, details, filters and keyboard navigation ask.
import type { Scene, SceneEdge, SceneGroup, SceneNode } from '../scene/types.js';

/** A scene indexed by id, with every node's incoming and outgoing edges. */
export interface SceneGraph {
  scene: Scene;
  nodes: Map<string, SceneNode>;
  groups: Map<string, SceneGroup>;
  edges: Map<string, SceneEdge>;
  outgoing: Map<string, SceneEdge[]>;
  incoming: Map<string, SceneEdge[]>;
}

/** Indexes a scene; edges keep the scene's order. */
export function sceneGraph(scene: Scene): SceneGraph {
  const outgoing = new Map<string, SceneEdge[]>(scene.nodes.map((n) => [n.id, []]));
  const incoming = new Map<string, SceneEdge[]>(scene.nodes.map((n) => [n.id, []]));
  for (const e of scene.edges) outgoing.get(e.from)?.push(e), incoming.get(e.to)?.push(e);
  return { scene, nodes: new Map(scene.nodes.map((n) => [n.id, n])), groups: new Map(scene.groups.map((g) => [g.id, g])), edges: new Map(scene.edges.map((e) => [e.id, e])), outgoing, incoming };
}

/** What lights up when a node is hovered: the node, its edges and the nodes at their other ends. */
export function nodeNeighbourhood(graph: SceneGraph, id: string): { nodes: Set<string>; edges: Set<string> } {
  const edges = [...(graph.outgoing.get(id) ?? []), ...(graph.incoming.get(id) ?? [])];
  return { nodes: new Set([id, ...edges.flatMap((e) => [e.from, e.to])]), edges: new Set(edges.map((e) => e.id)) };
}

/** What lights up when an edge is hovered: the edge and its two ends. */
export function edgeNeighbourhood(graph: SceneGraph, id: string): { nodes: Set<string>; edges: Set<string> } {
  const edge = graph.edges.get(id);
  return { nodes: new Set(edge ? [edge.from, edge.to] : []), edges: new Set(edge ? [id] : []) };
}

/** The groups around a node or group, innermost first. */
export function ancestors(graph: SceneGraph, parent: string | null): SceneGroup[] {
  const out: SceneGroup[] = [];
  for (let g = parent ? graph.groups.get(parent) : undefined; g; g = g.parent ? graph.groups.get(g.parent) : undefined) out.push(g);
  return out;
}

/** What the filters hide: hidden groups take their subgroups and nodes along, and edges lose hidden ends or kinds. */
export function hiddenBy(graph: SceneGraph, groups: ReadonlySet<string>, kinds: ReadonlySet<string>): { groups: Set<string>; nodes: Set<string>; edges: Set<string> } {
  const isHidden = (parent: string | null): boolean => ancestors(graph, parent).some((g) => groups.has(g.id));
  const hiddenGroups = new Set(graph.scene.groups.filter((g) => groups.has(g.id) || isHidden(g.parent)).map((g) => g.id));
  const nodes = new Set(graph.scene.nodes.filter((n) => isHidden(n.parent)).map((n) => n.id));
  const edges = new Set(graph.scene.edges.filter((e) => kinds.has(e.kind) || nodes.has(e.from) || nodes.has(e.to)).map((e) => e.id));
  return { groups: hiddenGroups, nodes, edges };
}
