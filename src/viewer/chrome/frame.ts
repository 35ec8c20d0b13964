// The fixed parts of the page: brand, live status, zoom controls, the shortcut list, empty states.
import { h } from '../dom.js';

/** The logo and name at the top of the sidebar. */
export function brand(): HTMLElement {
  return h('header', { class: 'nx-brand' }, h('span', { class: 'nx-logo', 'aria-hidden': 'true' }), h('span', { class: 'nx-brand-name' }, 'neonarch'));
}

/** The live/reconnecting pill (empty on the static site). */
export function statusPill(): HTMLElement {
  return h('span', { class: 'nx-status', role: 'status', 'aria-live': 'polite' });
}

/** Sets the pill's state. */
export function setStatus(pill: HTMLElement, status: 'connecting' | 'live' | 'reconnecting' | 'updated' | 'static'): void {
  pill.dataset.status = status;
  pill.textContent = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', updated: 'Updated', static: '' }[status];
}

/** The zoom controls in the corner of the diagram. */
export function zoomBar(act: { zoom(f: number): void; fit(): void }): { el: HTMLElement; readout: HTMLElement } {
  const readout = h('output', { class: 'nx-zoom-readout', 'aria-label': 'Zoom level' }, '100%');
  const btn = (text: string, label: string, run: () => void) => {
    const b = h('button', { type: 'button', class: 'nx-icon-button', 'aria-label': label, title: label }, text);
    b.addEventListener('click', run);
    return b;
  };
  const el = h('div', { class: 'nx-zoombar', role: 'group', 'aria-label': 'Zoom' },
    btn('−', 'Zoom out (-)', () => act.zoom(1 / 1.25)), readout, btn('+', 'Zoom in (+)', () => act.zoom(1.25)), btn('⤢', 'Fit to screen (0)', () => act.fit()));
  return { el, readout };
}

const KEYS: [string, string][] = [
  ['/', 'search'], ['+ −', 'zoom'], ['0', 'fit'], ['← → ↑ ↓', 'pan, or move between nodes'], ['Tab', 'next node'],
  ['Enter', 'open details'], ['Esc', 'close'], ['t', 'theme'], ['f', 'flow'],
];

/** The keyboard shortcuts, listed at the bottom of the sidebar. */
export function keyList(): HTMLElement {
  return h('details', { class: 'nx-keys' }, h('summary', {}, 'Keyboard shortcuts'),
    h('dl', {}, ...KEYS.flatMap(([k, what]) => [h('dt', {}, h('kbd', { class: 'nx-kbd' }, k)), h('dd', {}, what)])));
}

/** What the diagram area shows when there is nothing to draw. */
export function emptyState(title: string, text: string): HTMLElement {
  return h('div', { class: 'nx-empty-state' }, h('h2', {}, title), h('p', {}, text));
}
