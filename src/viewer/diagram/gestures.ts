// Mouse, pen and touch on the stage: wheel zooms at the pointer, a drag pans, two fingers pinch-zoom.

/** Movement below this many pixels is a click, not a drag. */
const DRAG_SLOP = 4;

type Point = { x: number; y: number };

/** What gestures do to the view. */
export interface GestureTarget {
  readonly el: HTMLElement;
  zoomBy(factor: number, at?: Point): void;
  pan(dx: number, dy: number): void;
}

/** Listens for gestures on the target's element. */
export class Gestures {
  private pointers = new Map<number, Point>();
  private dragged = false;

  constructor(private readonly target: GestureTarget) {
    const el = target.el;
    el.addEventListener('wheel', (e) => this.wheel(e), { passive: false });
    el.addEventListener('pointerdown', (e) => this.down(e));
    el.addEventListener('pointermove', (e) => this.move(e));
    for (const type of ['pointerup', 'pointercancel', 'pointerleave'] as const) el.addEventListener(type, (e) => this.up(e));
    // A click that ended a drag must not select what was under the pointer.
    el.addEventListener('click', (e) => this.dragged && (e.stopPropagation(), (this.dragged = false)), true);
  }

  private local(x: number, y: number): Point {
    const r = this.target.el.getBoundingClientRect();
    return { x: x - r.left, y: y - r.top };
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault();
    const step = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.0015;
    this.target.zoomBy(Math.exp(-e.deltaY * step), this.local(e.clientX, e.clientY));
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragged = false;
  }

  private move(e: PointerEvent): void {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    const others = [...this.pointers.entries()].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
    const next = { x: e.clientX, y: e.clientY };
    if (others.length === 1) this.pinch(last, next, others[0]!);
    else if (this.dragged || Math.hypot(next.x - last.x, next.y - last.y) > DRAG_SLOP) this.drag(e, last, next);
    else return;
    this.pointers.set(e.pointerId, next);
  }

  private drag(e: PointerEvent, last: Point, next: Point): void {
    if (!this.dragged) this.target.el.setPointerCapture(e.pointerId), this.target.el.classList.add('nx-dragging');
    this.dragged = true;
    this.target.pan(next.x - last.x, next.y - last.y);
  }

  // Two fingers: zoom by the change of their distance around their midpoint, and follow the midpoint.
  private pinch(last: Point, next: Point, other: Point): void {
    const before = Math.hypot(last.x - other.x, last.y - other.y), after = Math.hypot(next.x - other.x, next.y - other.y);
    this.dragged = true;
    if (before > 0) this.target.zoomBy(after / before, this.local((next.x + other.x) / 2, (next.y + other.y) / 2));
    this.target.pan((next.x - last.x) / 2, (next.y - last.y) / 2);
  }

  private up(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    this.target.el.classList.remove('nx-dragging');
  }
}
