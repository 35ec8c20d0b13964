// The search field: `/` focuses it, results list as you type, Enter or a click centres the node.
import type { SceneNode } from '../../scene/types.js';
import { h, replace } from '../dom.js';
import { searchNodes } from '../search.js';

/** A search field with a listbox of matching nodes. */
export class SearchBox {
  readonly input = h('input', {
    type: 'search', class: 'nx-search-input', placeholder: 'Search nodes…', 'aria-label': 'Search nodes by name, id or technology',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'nx-results', autocomplete: 'off', spellcheck: 'false',
  });
  private readonly results = h('ul', { class: 'nx-results', id: 'nx-results', role: 'listbox', hidden: true });
  readonly el = h('div', { class: 'nx-search', role: 'search' }, h('span', { class: 'nx-search-icon', 'aria-hidden': 'true' }), this.input, h('kbd', { class: 'nx-kbd' }, '/'), this.results);
  private nodes: readonly SceneNode[] = [];
  private matches: SceneNode[] = [];
  private active = 0;

  constructor(private readonly pick: (id: string) => void) {
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.open(false), 150));
    this.input.addEventListener('focus', () => this.update());
  }

  /** The nodes searched. */
  setNodes(nodes: readonly SceneNode[]): void {
    this.nodes = nodes;
    // A live update refreshes an open list; a closed one stays closed.
    if (!this.results.hidden) this.update();
  }

  private update(): void {
    this.matches = searchNodes(this.nodes, this.input.value);
    this.active = 0;
    this.render();
  }

  private render(): void {
    replace(this.results, ...this.matches.map((n, i) => this.option(n, i)));
    if (!this.matches.length && this.input.value.trim()) replace(this.results, h('li', { class: 'nx-empty' }, 'No node matches.'));
    this.open(this.input.value.trim() !== '');
  }

  private option(n: SceneNode, i: number): HTMLElement {
    const li = h('li', { role: 'option', id: `nx-result-${i}`, 'aria-selected': String(i === this.active), 'data-node': n.id },
      h('span', { class: 'nx-result-label' }, n.label.text), h('span', { class: 'nx-result-meta' }, n.techLabel ?? n.id));
    li.addEventListener('mousedown', (e) => (e.preventDefault(), this.choose(i)));
    return li;
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.matches.length) % Math.max(1, this.matches.length);
      this.render();
    } else if (e.key === 'Enter') this.choose(this.active);
    else if (e.key === 'Escape') (this.input.value = ''), this.update(), this.input.blur();
  }

  private choose(i: number): void {
    const node = this.matches[i];
    if (!node) return;
    this.open(false);
    this.pick(node.id);
  }

  private open(on: boolean): void {
    this.results.hidden = !on;
    this.input.setAttribute('aria-expanded', String(on));
    this.input.setAttribute('aria-activedescendant', on && this.matches.length ? `nx-result-${this.active}` : '');
  }
}
