// Hover and selection marks on the mounted SVG: classes only, the CSS does the dimming and the glow.
import { edgeNeighbourhood, nodeNeighbourhood, type SceneGraph } from '../graph.js';

/** The SVG elements of each node and edge id, found once per mount. */
export class DiagramIndex {
  readonly nodes = new Map<string, SVGGElement>();
  readonly edges = new Map<string, Element[]>();
  readonly groups = new Map<string, SVGGElement>();

  constructor(readonly svg: SVGSVGElement) {
    svg.querySelectorAll<SVGGElement>('g.node[data-id]').forEach((g) => this.nodes.set(g.dataset.id!, g));
    svg.querySelectorAll<SVGGElement>('g.group[data-id]').forEach((g) => this.groups.set(g.dataset.id!, g));
    for (const el of svg.querySelectorAll<SVGElement>('g.edge[data-id], g.edge-label[data-id], .nx-flow [data-id], .nx-hits [data-id]')) {
      const id = el.dataset.id!;
      this.edges.set(id, [...(this.edges.get(id) ?? []), el]);
    }
  }

  /** The node or edge id under an event target, if any. */
  hit(target: EventTarget | null): { node: string } | { edge: string } | null {
    const el = target instanceof Element ? target.closest('g.node[data-id], g.edge-label[data-id], .nx-hits [data-id], g.edge[data-id]') : null;
    if (!el) return null;
    const id = el.getAttribute('data-id')!;
    return el.matches('g.node') ? { node: id } : { edge: id };
  }
}

/** Lights up a node and its neighbourhood, or an edge and its ends, dimming everything else; null clears. */
export function highlight(index: DiagramIndex, graph: SceneGraph, what: { node: string } | { edge: string } | null): void {
  for (const el of index.svg.querySelectorAll('.nx-lit')) el.classList.remove('nx-lit');
  index.svg.classList.toggle('nx-focus', what !== null);
  if (!what) return;
  const near = 'node' in what ? nodeNeighbourhood(graph, what.node) : edgeNeighbourhood(graph, what.edge);
  for (const id of near.nodes) index.nodes.get(id)?.classList.add('nx-lit');
  for (const id of near.edges) for (const el of index.edges.get(id) ?? []) el.classList.add('nx-lit');
}

/** Marks the selected node (or none). */
export function markSelected(index: DiagramIndex, id: string | null): void {
  for (const el of index.svg.querySelectorAll('.nx-selected')) el.classList.remove('nx-selected');
  if (id) index.nodes.get(id)?.classList.add('nx-selected');
}

/** Hides what the filters hide. */
export function applyHidden(index: DiagramIndex, hidden: { groups: Set<string>; nodes: Set<string>; edges: Set<string> }): void {
  const toggle = (map: Map<string, Element | Element[]>, set: Set<string>) => {
    for (const [id, els] of map) for (const el of [els].flat()) el.classList.toggle('nx-hidden', set.has(id));
  };
  toggle(index.groups, hidden.groups);
  toggle(index.nodes, hidden.nodes);
  toggle(index.edges, hidden.edges);
}
