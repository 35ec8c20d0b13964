import type { SceneEdge } from '../scene/types.js';
import { TYPE_SCALE, type Theme } from '../theme/index.js';
import { ARROW_LENGTH, markerId } from './markers.js';
import { distinctPoints, roundedPath, trimEnd } from './path.js';
import { textBlock } from './text.js';
import { el } from './xml.js';

const CORNER_RADIUS = 8;

/** An edge line in its kind's colour and dash, ending in an arrowhead on the target. */
export function drawEdge(edge: SceneEdge, theme: Theme): string {
  const style = theme.edges[edge.kind];
  const points = trimEnd(distinctPoints(edge.points), ARROW_LENGTH);
  const line = el('path', {
    d: roundedPath(points, CORNER_RADIUS), fill: 'none', stroke: style.color, 'stroke-width': style.width,
    'stroke-dasharray': style.dash, 'stroke-linecap': style.cap === 'round' ? 'round' : null,
    'stroke-linejoin': 'round', 'marker-end': `url(#${markerId(edge.kind)})`,
  });
  return el('g', { class: 'edge', 'data-id': edge.id, 'data-kind': edge.kind }, line);
}

/** An edge's label: a pill edged in the kind's colour, the text centred in it; '' when unlabelled. */
export function drawEdgeLabel(edge: SceneEdge, theme: Theme): string {
  const { label } = edge;
  if (!label) return '';
  const pill = el('rect', {
    x: label.x, y: label.y, width: label.width, height: label.height, rx: label.height / 2,
    fill: theme.edgeLabel.fill, stroke: theme.edges[edge.kind].color, 'stroke-width': 1, 'stroke-opacity': theme.edgeLabel.strokeOpacity,
  });
  const text = textBlock(label, TYPE_SCALE.edgeLabel, theme.edgeLabel.text, 'middle');
  return el('g', { class: 'edge-label', 'data-id': edge.id, 'data-kind': edge.kind }, pill + text);
}
