// The bar above the diagram: title, search, and the actions (flow, theme, downloads).
import { h } from '../dom.js';
import type { SearchBox } from './search-box.js';

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  toggleFlow(): void;
  setTheme(name: string): void;
  downloadSvg(): void;
}

/** The toolbar; the app updates its title, theme and flow state. */
export class Toolbar {
  private readonly title = h('h1', { class: 'nx-title' });
  private readonly subtitle = h('p', { class: 'nx-subtitle' });
  readonly flow = button('Flow', 'Animate the flow along the edges', 'nx-flow-toggle');
  readonly theme = h('select', { class: 'nx-select nx-theme', 'aria-label': 'Theme', title: 'Theme (t cycles)' });
  readonly svg = button('SVG', 'Download the diagram as SVG', 'nx-download-svg');
  readonly png = h('a', { class: 'nx-button nx-download-png', title: 'Download the diagram as PNG' }, 'PNG');
  readonly el: HTMLElement;

  constructor(search: SearchBox, actions: ToolbarActions, status: HTMLElement) {
    this.flow.addEventListener('click', () => actions.toggleFlow());
    this.theme.addEventListener('change', () => actions.setTheme(this.theme.value));
    this.svg.addEventListener('click', () => actions.downloadSvg());
    const heading = h('div', { class: 'nx-heading' }, this.title, this.subtitle);
    const tools = h('div', { class: 'nx-actions', role: 'toolbar', 'aria-label': 'Diagram actions' }, status, this.flow, this.theme, this.svg, this.png);
    this.el = h('header', { class: 'nx-toolbar' }, heading, search.el, tools);
  }

  /** Title and description of the model shown. */
  setHeading(title: string, description: string | null, file: string): void {
    this.title.textContent = title;
    this.subtitle.textContent = description ?? file;
    this.subtitle.title = file;
  }

  /** Shows the flow toggle's state. */
  setFlow(on: boolean, allowed: boolean): void {
    this.flow.setAttribute('aria-pressed', String(on));
    this.flow.disabled = !allowed;
    if (!allowed) this.flow.title = 'Animation is off: the system asks for reduced motion';
  }

  /** Shows the themes, the current one, and where its PNG is. */
  setTheme(name: string, themes: readonly string[], png: string | null, fileStem: string): void {
    if (this.theme.options.length !== themes.length) this.theme.replaceChildren(...themes.map((t) => h('option', { value: t }, themeLabel(t))));
    this.theme.value = name;
    if (png) this.png.setAttribute('href', png), this.png.setAttribute('download', `${fileStem}.${name}.png`);
    else this.png.removeAttribute('href');
    this.png.hidden = png === null;
  }
}

/** `high-contrast` → `High contrast`. */
export function themeLabel(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function button(text: string, title: string, cls: string): HTMLButtonElement {
  return h('button', { type: 'button', class: `nx-button ${cls}`, title }, text);
}
