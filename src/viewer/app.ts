// The viewer: one model on screen, its state (theme, selection, filters, flow) and the parts that show it.
import type { EdgeKind } from '../model/edge-kinds.js';
import type { ViewerEntry, ViewerModel } from './contract.js';
import { Details } from './chrome/details.js';
import { brand, emptyState, keyList, setStatus, statusPill, zoomBar } from './chrome/frame.js';
import { ErrorOverlay } from './chrome/overlay.js';
import { SearchBox } from './chrome/search-box.js';
import { Sidebar } from './chrome/sidebar.js';
import { Toolbar } from './chrome/toolbar.js';
import { Diagram } from './diagram/diagram.js';
import { saveText } from './download.js';
import { Drawings } from './drawings.js';
import { h } from './dom.js';
import { formatHash, parseHash } from './hash.js';
import { bindKeys } from './keys.js';
import { ownThemeStyle } from './own-theme.js';
import { chosenTheme, preferredTheme, rememberTheme } from './prefs.js';
import type { Source } from './source.js';

/** Big models start without the flow animation: animating thousands of dashes costs every frame. */
const FLOW_MAX_EDGES = 400;

export class App {
  readonly status = statusPill();
  readonly search = new SearchBox((id) => this.select(id, true));
  readonly sidebar = new Sidebar({ showGroup: (id, on) => this.filter('groups', id, on), showKind: (k, on) => this.filter('kinds', k, on), select: (id) => this.select(id, true) }, brand(), keyList());
  readonly toolbar = new Toolbar(this.search, { toggleFlow: () => this.setFlow(!this.flow), setTheme: (t) => this.setTheme(t), downloadSvg: () => void this.downloadSvg() }, this.status);
  readonly details = new Details((id) => this.select(id, true), () => this.select(null, false));
  readonly overlay = new ErrorOverlay();
  readonly diagram = new Diagram({ select: (id) => this.select(id, false) });
  private readonly zoom = zoomBar({ zoom: (f) => this.diagram.stage.zoomBy(f), fit: () => this.diagram.stage.fit() });
  private readonly drawings = new Drawings();
  model: ViewerModel | null = null;
  theme: string;
  flow = false;
  private flowChosen = false;
  private hidden = { groups: new Set<string>(), kinds: new Set<string>() };
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  constructor(private readonly root: HTMLElement, readonly source: Source) {
    this.theme = source.themes[0] ?? 'dark-neon';
    this.diagram.stage.onView = (v) => (this.zoom.readout.textContent = `${Math.round(v.k * 100)}%`);
    const main = h('main', { class: 'nx-main' }, this.toolbar.el, h('div', { class: 'nx-canvas' }, this.diagram.stage.el, this.zoom.el, this.overlay.el));
    root.replaceChildren(this.sidebar.el, main, this.details.el);
    setStatus(this.status, source.live ? 'connecting' : 'static');
    bindKeys(this);
  }

  /** Loads the list and the model, then follows live changes and the address's hash. */
  async start(): Promise<void> {
    this.sidebar.setModels(await this.source.entries(), this.source.modelId);
    const model = await this.source.model(chosenTheme(parseHash(location.hash).theme, this.source.themes) ?? undefined);
    if (model) this.show(model, true);
    else this.diagram.stage.say(emptyState('No models here', 'Add a *.arch.yaml file to the folder: it shows up by itself.'));
    const events = { model: (m: ViewerModel, reset?: boolean) => this.show(m, reset), entries: (e: ViewerEntry[]) => this.sidebar.setModels(e, this.source.modelId), status: (s: 'live' | 'reconnecting') => setStatus(this.status, s) };
    this.source.subscribe(events, () => this.theme);
    addEventListener('hashchange', () => this.followHash());
    this.root.dataset.ready = 'true';
  }

  /** Shows a model unless an equal or newer revision is already on screen. */
  show(model: ViewerModel, reset = false): void {
    const first = this.model === null;
    if (!reset && this.model && model.revision <= this.model.revision) return;
    const redraw = first || reset || model.drawnRevision !== this.model?.drawnRevision;
    this.model = model;
    this.root.dataset.revision = String(model.revision);
    this.toolbar.setHeading(model.title, model.description, model.file);
    this.overlay.show(model);
    if (first) this.theme = preferredTheme(parseHash(location.hash).theme, model.theme, this.themes);
    ownThemeStyle(model.themeCss);
    if (!first && this.source.live) setStatus(this.status, 'updated'), setTimeout(() => setStatus(this.status, 'live'), 1200);
    if (redraw && model.scene) void this.redraw(!first).then(() => first && this.followHash());
    if (!model.scene) this.diagram.stage.say(emptyState('Nothing to draw yet', 'Fix the errors in the model and save: the diagram appears by itself.'));
  }

  /** Selects a node (or none): marks it, opens its details, records it in the address; optionally centres it. */
  select(id: string | null, center: boolean): void {
    const node = id ? this.diagram.graph?.nodes.get(id) : undefined;
    this.diagram.select(node ? node.id : null);
    if (node && this.model) this.details.show(node, this.diagram.graph!, this.model.findings.filter((f) => f.nodes.includes(node.id)), this.model.linkBase);
    else this.details.hide();
    // Centred after the panel opens: it narrows the diagram's viewport.
    if (node && center) this.diagram.stage.center(node);
    this.updateHash();
  }

  /** The themes the model can be shown in (the built-in ones until it is loaded). */
  get themes(): string[] {
    return this.model?.themes.length ? this.model.themes : this.source.themes;
  }

  /** Switches to the next theme, keeping the view, selection and filters. */
  nextTheme(): void {
    const themes = this.themes;
    this.setTheme(themes[(themes.indexOf(this.theme) + 1) % themes.length] ?? this.theme);
  }

  setTheme(name: string): void {
    this.theme = name;
    rememberTheme(name);
    this.updateHash();
    if (this.model?.scene) void this.redraw(true);
  }

  // The address always says what is selected, and which theme when it named one, so it can be shared.
  private updateHash(): void {
    const theme = parseHash(location.hash).theme ? this.theme : null;
    history.replaceState(null, '', formatHash({ node: this.diagram.selected, theme }) || location.pathname + location.search);
  }

  setFlow(on: boolean): void {
    this.flowChosen = true;
    this.flow = on && !this.reducedMotion;
    this.diagram.setFlow(this.flow);
    this.toolbar.setFlow(this.flow, !this.reducedMotion);
  }

  // The SVG may have to be fetched first; by then a newer model or another theme may have taken over.
  private async redraw(keepView: boolean): Promise<void> {
    const model = this.model!, theme = this.theme;
    const svg = await this.drawings.get(model, theme);
    if (model !== this.model || theme !== this.theme || svg === null) return;
    document.documentElement.dataset.theme = theme;
    if (!this.flowChosen) this.flow = this.defaultFlow();
    this.diagram.mount(svg, model.scene!, keepView);
    this.diagram.applyFilters(this.hidden.groups, this.hidden.kinds);
    this.diagram.setFlow(this.flow);
    this.toolbar.setFlow(this.flow, !this.reducedMotion);
    this.toolbar.setTheme(this.theme, this.themes, model.png[this.theme] ?? null, model.id);
    this.sidebar.setFilters(this.diagram.graph!, this.hidden.groups, this.hidden.kinds);
    this.sidebar.setFindings(model.findings, this.diagram.graph);
    this.search.setNodes(model.scene!.nodes);
    const selected = this.diagram.selected;
    if (selected) this.select(this.diagram.graph!.nodes.has(selected) ? selected : null, false);
  }

  private defaultFlow(): boolean {
    return this.theme === 'dark-neon' && !this.reducedMotion && (this.model?.scene?.edges.length ?? 0) <= FLOW_MAX_EDGES;
  }

  private filter(what: 'groups' | 'kinds', id: string | EdgeKind, shown: boolean): void {
    if (shown) this.hidden[what].delete(id);
    else this.hidden[what].add(id);
    this.diagram.applyFilters(this.hidden.groups, this.hidden.kinds);
  }

  private followHash(): void {
    const link = parseHash(location.hash);
    if (link.theme && link.theme !== this.theme && this.themes.includes(link.theme)) this.setTheme(link.theme);
    if (link.node && link.node !== this.diagram.selected) this.select(link.node, true);
  }

  private async downloadSvg(): Promise<void> {
    const model = this.model, theme = this.theme;
    const svg = model ? await this.drawings.get(model, theme) : null;
    if (model && svg) saveText(`${model.id}.${theme}.svg`, svg, 'image/svg+xml');
  }
}
