// What the drawing lacks for a person with a mouse, a keyboard or a screen reader: focus, names, hit areas, flow.
import type { Point, Scene } from '../../scene/types.js';
import { s } from '../dom.js';
import { ancestors, type SceneGraph } from '../graph.js';

/** Edge hit areas wider than the line, and the animated flow dashes, both drawn from the scene's points. */
export function decorate(svg: SVGSVGElement, graph: SceneGraph): void {
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-roledescription', 'architecture diagram');
  svg.setAttribute('aria-label', graph.scene.title);
  svg.querySelectorAll<SVGGElement>('g.node[data-id]').forEach((g) => labelNode(g, graph));
  svg.querySelectorAll<SVGGElement>('g.edge[data-id]').forEach((g) => labelEdge(g, graph));
  const firstNode = svg.querySelector('g.node');
  const layers = [layer('nx-flow', graph.scene, (d) => s('path', { d })), layer('nx-hits', graph.scene, (d) => s('path', { d }))];
  for (const l of layers) firstNode?.parentNode ? firstNode.parentNode.insertBefore(l, firstNode) : svg.appendChild(l);
}

function labelNode(g: SVGGElement, graph: SceneGraph): void {
  const node = graph.nodes.get(g.dataset.id ?? '');
  if (!node) return;
  const group = ancestors(graph, node.parent)[0];
  const out = graph.outgoing.get(node.id)?.length ?? 0, inc = graph.incoming.get(node.id)?.length ?? 0;
  const tech = node.techLabel ?? node.tech;
  const name = `${node.label.text}${tech ? `, ${tech}` : ''}${group ? `, in ${group.label.text}` : ''}`;
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', `${name}. ${plural(out, 'outgoing connection')}, ${plural(inc, 'incoming connection')}.`);
}

function labelEdge(g: SVGGElement, graph: SceneGraph): void {
  const edge = graph.edges.get(g.dataset.id ?? '');
  if (!edge) return;
  const name = (id: string) => graph.nodes.get(id)?.label.text ?? id;
  g.setAttribute('role', 'img');
  g.setAttribute('aria-label', `${edge.kind} from ${name(edge.from)} to ${name(edge.to)}${edge.label ? `: ${edge.label.text}` : ''}`);
}

function layer(name: string, scene: Scene, make: (d: string) => SVGPathElement): SVGGElement {
  const g = s('g', { class: name, 'aria-hidden': 'true' });
  for (const e of scene.edges) {
    const path = make(pathData(name === 'nx-flow' ? trimEnd(e.points, 10) : e.points));
    path.setAttribute('data-id', e.id);
    path.setAttribute('data-kind', e.kind);
    g.appendChild(path);
  }
  return g;
}

/** SVG path data through the points. */
export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`).join(' ');
}

// The flow stops where the arrowhead starts, so the dashes never paint over it.
function trimEnd(points: readonly Point[], by: number): Point[] {
  const out = points.slice();
  const last = out[out.length - 1], prev = out[out.length - 2];
  if (!last || !prev) return out;
  const len = Math.hypot(last.x - prev.x, last.y - prev.y);
  if (len <= by) return out;
  out[out.length - 1] = { x: last.x - ((last.x - prev.x) * by) / len, y: last.y - ((last.y - prev.y) * by) / len };
  return out;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
