// The mounted diagram: the SVG in its stage, and what pointer and focus do on it (hover, select).
import type { Scene } from '../../scene/types.js';
import { emptyState } from '../chrome/frame.js';
import { hiddenBy, sceneGraph, type SceneGraph } from '../graph.js';
import { decorate } from './decorate.js';
import { applyHidden, DiagramIndex, highlight, markSelected } from './highlight.js';
import { parseDiagram } from './mount.js';
import { Stage } from './stage.js';

type Target = { node: string } | { edge: string } | null;

/** One diagram on screen with its hover, focus and selection marks. */
export class Diagram {
  readonly stage = new Stage();
  graph: SceneGraph | null = null;
  selected: string | null = null;
  private index: DiagramIndex | null = null;
  private hover: Target = null;

  constructor(private readonly actions: { select(id: string | null): void }) {
    const el = this.stage.el;
    el.addEventListener('pointerover', (e) => this.setHover(this.index?.hit(e.target) ?? null));
    el.addEventListener('pointerleave', () => this.setHover(null));
    el.addEventListener('focusin', (e) => this.focused(e.target));
    el.addEventListener('focusout', () => this.setHover(null));
    el.addEventListener('click', (e) => this.clicked(e.target));
  }

  /** Puts an SVG drawing on screen; keeps the view for a redraw of the same model. */
  mount(svgText: string, scene: Scene, keepView: boolean): void {
    const svg = parseDiagram(svgText);
    if (!svg) return this.stage.say(emptyState('Cannot show this drawing', 'The SVG could not be read.'));
    this.graph = sceneGraph(scene);
    decorate(svg, this.graph);
    this.stage.mount(svg, scene.width, scene.height, keepView);
    this.index = new DiagramIndex(svg);
    if (this.selected && !this.graph.nodes.has(this.selected)) this.selected = null;
    markSelected(this.index, this.selected);
    this.refresh();
  }

  /** Marks a node as selected (null clears) and keeps its neighbourhood lit. */
  select(id: string | null): void {
    this.selected = id;
    if (this.index) markSelected(this.index, id);
    this.refresh();
  }

  /** Hides groups (with what they hold) and edge kinds. */
  applyFilters(groups: ReadonlySet<string>, kinds: ReadonlySet<string>): void {
    if (this.index && this.graph) applyHidden(this.index, hiddenBy(this.graph, groups, kinds));
  }

  /** Turns the moving dashes on or off. */
  setFlow(on: boolean): void {
    this.index?.svg.classList.toggle('nx-flow-on', on);
  }

  /** Moves keyboard focus to a node, bringing it into view. */
  focusNode(id: string): void {
    const el = this.index?.nodes.get(id);
    const node = this.graph?.nodes.get(id);
    if (!el || !node) return;
    el.focus({ preventScroll: true });
    this.stage.reveal(node);
  }

  /** Whether a node is shown (not hidden by a filter). */
  isShown(id: string): boolean {
    return !this.index?.nodes.get(id)?.classList.contains('nx-hidden');
  }

  /** The node that has keyboard focus, if any. */
  focusedNode(): string | null {
    const el = document.activeElement;
    return el instanceof SVGGElement && el.matches('g.node[data-id]') ? el.dataset.id ?? null : null;
  }

  private setHover(target: Target): void {
    if (JSON.stringify(target) === JSON.stringify(this.hover)) return;
    this.hover = target;
    this.refresh();
  }

  private refresh(): void {
    if (this.index && this.graph) highlight(this.index, this.graph, this.hover ?? (this.selected ? { node: this.selected } : null));
  }

  private focused(target: EventTarget | null): void {
    const hit = this.index?.hit(target) ?? null;
    if (!hit || !('node' in hit)) return;
    this.setHover(hit);
    const node = this.graph?.nodes.get(hit.node);
    if (node) this.stage.reveal(node);
  }

  private clicked(target: EventTarget | null): void {
    const hit = this.index?.hit(target) ?? null;
    if (!hit) return this.actions.select(null);
    if ('node' in hit) this.actions.select(hit.node);
  }
}
