// The left column: the models in the folder, the layer and connection filters, and the rule findings.
import type { EdgeKind } from '../../model/edge-kinds.js';
import type { ViewerEntry, ViewerFinding } from '../contract.js';
import { h, replace } from '../dom.js';
import type { SceneGraph } from '../graph.js';
import { colorAttrs } from './swatch.js';

/** What the sidebar asks the app to do. */
export interface SidebarActions {
  showGroup(id: string, shown: boolean): void;
  showKind(kind: EdgeKind, shown: boolean): void;
  select(nodeId: string): void;
}

const KIND_TEXT: Record<EdgeKind, string> = { request: 'Requests', data: 'Data access', telemetry: 'Telemetry' };

/** The sidebar's sections, refilled as models and scenes change. */
export class Sidebar {
  readonly el = h('aside', { class: 'nx-sidebar', 'aria-label': 'Models, filters and findings' });
  private readonly models = h('ul', { class: 'nx-models' });
  private readonly groups = h('ul', { class: 'nx-checks' });
  private readonly kinds = h('ul', { class: 'nx-checks' });
  private readonly findings = h('ul', { class: 'nx-findings' });
  private readonly findingsCount = h('span', { class: 'nx-count' });

  constructor(private readonly actions: SidebarActions, brand: HTMLElement, keys: HTMLElement) {
    this.el.append(
      brand,
      section('Models', this.models),
      section('Layers', this.groups),
      section('Connections', this.kinds),
      section('Findings', this.findings, this.findingsCount),
      keys,
    );
  }

  /** The model list, the current one marked. */
  setModels(entries: readonly ViewerEntry[], current: string | null): void {
    replace(this.models, ...entries.map((e) => modelItem(e, e.id === current)));
    if (!entries.length) replace(this.models, h('li', { class: 'nx-empty' }, 'No *.arch.yaml models found.'));
  }

  /** One checkbox per group (nested ones indented) and per edge kind in use. */
  setFilters(graph: SceneGraph, hiddenGroups: ReadonlySet<string>, hiddenKinds: ReadonlySet<string>): void {
    replace(this.groups, ...graph.scene.groups.map((g) => check(g.label.text, !hiddenGroups.has(g.id), (on) => this.actions.showGroup(g.id, on), colorAttrs(g.color), g.depth, g.id)));
    if (!graph.scene.groups.length) replace(this.groups, h('li', { class: 'nx-empty' }, 'This model has no groups.'));
    const kinds = [...new Set(graph.scene.edges.map((e) => e.kind))];
    replace(this.kinds, ...kinds.map((k) => check(KIND_TEXT[k], !hiddenKinds.has(k), (on) => this.actions.showKind(k, on), { class: `nx-line nx-line-${k}` }, 0, k)));
  }

  /** The findings of the architecture rules, each with buttons for the nodes it is about. */
  setFindings(list: readonly ViewerFinding[], graph: SceneGraph | null): void {
    this.findingsCount.textContent = list.length ? String(list.length) : '';
    const name = (id: string) => graph?.nodes.get(id)?.label.text ?? id;
    replace(this.findings, ...list.map((f) => findingItem(f, name, (id) => this.actions.select(id))));
    if (!list.length) replace(this.findings, h('li', { class: 'nx-empty' }, 'No findings. The rules are happy.'));
  }
}

function section(title: string, body: HTMLElement, extra?: HTMLElement): HTMLElement {
  return h('section', { class: 'nx-section' }, h('h2', {}, title, extra ?? null), body);
}

function modelItem(e: ViewerEntry, current: boolean): HTMLElement {
  const link = h('a', { href: e.href, class: 'nx-model', 'aria-current': current ? 'page' : null, title: e.description ?? e.file },
    h('span', { class: 'nx-model-title' }, e.title), h('span', { class: 'nx-model-file' }, e.file));
  if (e.errors) link.append(h('span', { class: 'nx-badge nx-error', title: `${e.errors} error(s)` }, String(e.errors)));
  return h('li', {}, link);
}

function check(text: string, on: boolean, toggle: (on: boolean) => void, swatch: Record<string, string>, depth: number, value: string): HTMLElement {
  const box = h('input', { type: 'checkbox', value });
  box.checked = on;
  box.addEventListener('change', () => toggle(box.checked));
  return h('li', { style: depth ? `--depth:${depth}` : null }, h('label', {}, box, h('span', { ...swatch, class: `nx-swatch ${swatch.class ?? ''}` }), h('span', {}, text)));
}

function findingItem(f: ViewerFinding, name: (id: string) => string, select: (id: string) => void): HTMLElement {
  const nodes = f.nodes.map((id) => {
    const b = h('button', { type: 'button', class: 'nx-chip', title: `Show ${id}` }, name(id));
    b.addEventListener('click', () => select(id));
    return b;
  });
  const head = h('div', { class: 'nx-finding-head' }, h('span', { class: `nx-sev nx-sev-${f.severity}` }, f.severity), h('code', {}, f.ruleId));
  return h('li', { class: 'nx-finding' }, head, h('p', {}, f.message), f.hint ? h('p', { class: 'nx-hint' }, f.hint) : null, h('div', { class: 'nx-chips' }, ...nodes));
}
