// Keyboard: `/` search, + − 0 zoom, arrows pan (or move between nodes when one has focus), t theme, f flow.
import type { Diagram } from './diagram/diagram.js';
import type { Heading } from './nav.js';
import { nextNode } from './nav.js';

/** What the shortcuts act on (the app). */
export interface KeyTarget {
  readonly diagram: Diagram;
  readonly search: { input: HTMLInputElement };
  readonly flow: boolean;
  nextTheme(): void;
  setFlow(on: boolean): void;
  select(id: string | null, center: boolean): void;
}

const PAN_STEP = 80;
const HEADINGS: Record<string, Heading> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Listens for the viewer's shortcuts on the whole page (not while typing in a field). */
export function bindKeys(app: KeyTarget): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (handle(app, e)) e.preventDefault();
  });
}

function handle(app: KeyTarget, e: KeyboardEvent): boolean {
  const stage = app.diagram.stage;
  const heading = HEADINGS[e.key];
  if (heading) return arrow(app, heading);
  switch (e.key) {
    case '/': return app.search.input.focus(), true;
    case '+': case '=': return stage.zoomBy(1.25), true;
    case '-': case '_': return stage.zoomBy(1 / 1.25), true;
    case '0': return stage.fit(), true;
    case 't': return app.nextTheme(), true;
    case 'f': return app.setFlow(!app.flow), true;
    case 'Enter': case ' ': return openFocused(app);
    case 'Escape': return app.select(null, false), true;
    default: return false;
  }
}

// With a node focused the arrows walk the graph; otherwise they pan the diagram.
function arrow(app: KeyTarget, heading: Heading): boolean {
  const focused = app.diagram.focusedNode();
  const graph = app.diagram.graph;
  const from = focused ? graph?.nodes.get(focused) : undefined;
  if (!from || !graph) {
    const [dx, dy] = { up: [0, PAN_STEP], down: [0, -PAN_STEP], left: [PAN_STEP, 0], right: [-PAN_STEP, 0] }[heading];
    return app.diagram.stage.pan(dx!, dy!), true;
  }
  const visible = graph.scene.nodes.filter((n) => app.diagram.isShown(n.id));
  const next = nextNode(visible, from, heading);
  if (next) app.diagram.focusNode(next.id);
  return true;
}

function openFocused(app: KeyTarget): boolean {
  const id = app.diagram.focusedNode();
  if (id) app.select(id, false);
  return id !== null;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
