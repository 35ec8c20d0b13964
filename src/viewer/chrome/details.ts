// The right panel for the selected node: what it is, its links and tags, and connections to click through.
import type { SceneEdge, SceneNode } from '../../scene/types.js';
import type { ViewerFinding } from '../contract.js';
import { h, replace, userLink, type Child } from '../dom.js';
import { ancestors, type SceneGraph } from '../graph.js';
import { colorAttrs } from './swatch.js';

/** The details panel; hidden until a node is selected. */
export class Details {
  readonly el = h('aside', { class: 'nx-details', 'aria-label': 'Node details', hidden: true });

  constructor(private readonly select: (id: string) => void, private readonly close: () => void) {}

  /** Fills the panel for a node. */
  show(node: SceneNode, graph: SceneGraph, findings: readonly ViewerFinding[], linkBase: string): void {
    const closeButton = h('button', { type: 'button', class: 'nx-icon-button nx-close', 'aria-label': 'Close details', title: 'Close (Esc)' }, '×');
    closeButton.addEventListener('click', () => this.close());
    const where = ancestors(graph, node.parent).reverse().map((g) => g.label.text).join(' › ');
    replace(this.el,
      h('header', { class: 'nx-details-head' },
        h('span', { ...colorAttrs(node.color), class: 'nx-swatch nx-swatch-lg' }),
        h('div', {}, h('h2', { id: 'nx-details-title' }, node.label.text), h('p', { class: 'nx-muted' }, where || 'top level')),
        closeButton),
      facts(node),
      node.description ? h('p', { class: 'nx-description' }, node.description) : null,
      part('Links', node.links.length ? h('ul', { class: 'nx-links' }, ...node.links.map((l) => h('li', {}, userLink(l.url, l.title ?? l.url, linkBase)))) : null),
      part('Tags', node.tags.length ? h('div', { class: 'nx-chips' }, ...node.tags.map((t) => h('span', { class: 'nx-tag' }, t))) : null),
      part(`Outgoing · ${graph.outgoing.get(node.id)?.length ?? 0}`, this.connections(graph.outgoing.get(node.id) ?? [], graph, 'to')),
      part(`Incoming · ${graph.incoming.get(node.id)?.length ?? 0}`, this.connections(graph.incoming.get(node.id) ?? [], graph, 'from')),
      part('Findings', findings.length ? h('ul', { class: 'nx-findings' }, ...findings.map(findingLine)) : null),
    );
    this.el.setAttribute('aria-labelledby', 'nx-details-title');
    this.el.hidden = false;
  }

  /** Hides the panel. */
  hide(): void {
    this.el.hidden = true;
  }

  private connections(edges: readonly SceneEdge[], graph: SceneGraph, end: 'to' | 'from'): HTMLElement | null {
    if (!edges.length) return h('p', { class: 'nx-muted' }, 'None');
    return h('ul', { class: 'nx-connections' }, ...edges.map((e) => {
      const other = graph.nodes.get(e[end]);
      const b = h('button', { type: 'button', class: 'nx-connection', 'data-node': e[end] },
        h('span', { class: `nx-line nx-line-${e.kind}`, title: e.kind }),
        h('span', { class: 'nx-connection-name' }, `${end === 'to' ? '→' : '←'} ${other?.label.text ?? e[end]}`),
        e.label ? h('span', { class: 'nx-connection-label' }, e.label.text) : null);
      b.addEventListener('click', () => this.select(e[end]));
      return h('li', {}, b);
    }));
  }
}

function facts(node: SceneNode): HTMLElement {
  const rows: [string, Child][] = [['Technology', node.techLabel ?? node.tech ?? '—'], ['Id', h('code', {}, node.id)]];
  return h('dl', { class: 'nx-facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function part(title: string, body: HTMLElement | null): HTMLElement | null {
  return body ? h('section', { class: 'nx-part' }, h('h3', {}, title), body) : null;
}

function findingLine(f: ViewerFinding): HTMLElement {
  return h('li', { class: 'nx-finding' }, h('span', { class: `nx-sev nx-sev-${f.severity}` }, f.severity), ' ', h('code', {}, f.ruleId), h('p', {}, f.message));
}
