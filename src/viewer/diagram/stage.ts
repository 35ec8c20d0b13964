// The diagram's viewport: a CSS transform on the inline SVG (so it stays vector-sharp), moved by gestures and keys.
import { h } from '../dom.js';
import { Gestures } from './gestures.js';
import { centerOn, fitView, panBy, transformOf, zoomAt, type View } from '../viewport.js';
import type { Box } from '../../scene/types.js';

/** After this long without input the layer is re-rasterised at its final zoom. */
const SETTLE_MS = 160;

/** Pan and zoom of one mounted diagram. */
export class Stage {
  readonly el = h('div', { class: 'nx-stage', 'aria-label': 'Diagram: drag to pan, wheel or pinch to zoom' });
  private readonly layer = h('div', { class: 'nx-zoom' });
  private readonly note = h('div', { class: 'nx-note', hidden: true });
  private view: View = { x: 0, y: 0, k: 1 };
  private size = { width: 0, height: 0 };
  private settle = 0;
  /** Called after every change of the view (the zoom readout listens). */
  onView: (view: View) => void = () => {};

  constructor() {
    this.el.append(this.layer, this.note);
    // Focusing a node would scroll this overflow-hidden box; the view moves by transform only.
    this.el.addEventListener('scroll', () => (this.el.scrollTop = 0, this.el.scrollLeft = 0));
    new Gestures(this);
  }

  /** Shows a diagram; the view is kept when asked (live update, theme switch), else the diagram is fitted. */
  mount(svg: SVGSVGElement, width: number, height: number, keepView: boolean): void {
    this.layer.replaceChildren(svg);
    this.say(null);
    this.size = { width, height };
    if (!keepView) this.fit();
    else this.apply(this.view);
  }

  /** A message in the middle of the viewport instead of the diagram (null shows the diagram again). */
  say(message: HTMLElement | null): void {
    this.note.replaceChildren(...(message ? [message] : []));
    this.note.hidden = message === null;
    this.layer.hidden = message !== null;
  }

  /** The whole diagram in view. */
  fit(): void {
    const r = this.el.getBoundingClientRect();
    this.apply(fitView(this.size.width, this.size.height, r.width, r.height));
  }

  /** Zooms by a factor around a screen point (default: the centre). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const r = this.el.getBoundingClientRect();
    this.moving();
    this.apply(zoomAt(this.view, factor, at?.x ?? r.width / 2, at?.y ?? r.height / 2));
  }

  /** Moves the diagram by a screen distance. */
  pan(dx: number, dy: number): void {
    this.moving();
    this.apply(panBy(this.view, dx, dy));
  }

  /** Brings a box of the diagram to the middle, readable. */
  center(box: Box): void {
    const r = this.el.getBoundingClientRect();
    this.apply(centerOn(this.view, box, r.width, r.height));
  }

  /** Centres a box only when it is (partly) out of view, e.g. a node reached with the keyboard. */
  reveal(box: Box): void {
    const r = this.el.getBoundingClientRect();
    const { x, y, k } = this.view;
    const left = box.x * k + x, top = box.y * k + y;
    if (left < 0 || top < 0 || left + box.width * k > r.width || top + box.height * k > r.height) this.center(box);
  }

  /** The current view (for tests and the zoom readout). */
  get current(): View {
    return this.view;
  }

  private apply(view: View): void {
    this.view = view;
    this.layer.style.transform = transformOf(view);
    this.onView(view);
  }

  // While moving, the layer is composited (cheap frames); once still, it is repainted sharp at the new zoom.
  private moving(): void {
    this.layer.classList.add('nx-moving');
    clearTimeout(this.settle);
    this.settle = window.setTimeout(() => this.layer.classList.remove('nx-moving'), SETTLE_MS);
  }
}
