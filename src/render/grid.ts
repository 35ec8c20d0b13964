import type { Scene } from '../scene/types.js';
import { majorGridOpacity, type Theme } from '../theme/index.js';
import { el, num } from './xml.js';

const GRID_ID = 'canvas-grid';
/** Every fifth line is a major one, drawn stronger, like drafting paper. */
const MAJOR_EVERY = 5;

/** The `<pattern>` of a theme's canvas grid; '' for themes without one. */
export function gridDefs(theme: Theme): string {
  if (!theme.grid) return '';
  const { color, size, opacity } = theme.grid;
  const tile = size * MAJOR_EVERY;
  const minor = Array.from({ length: MAJOR_EVERY - 1 }, (_, i) => `M${num((i + 1) * size)},0 V${num(tile)} M0,${num((i + 1) * size)} H${num(tile)}`).join(' ');
  const lines = el('path', { d: minor, fill: 'none', stroke: color, 'stroke-width': 1, 'stroke-opacity': opacity })
    + el('path', { d: `M0,0 H${num(tile)} M0,0 V${num(tile)}`, fill: 'none', stroke: color, 'stroke-width': 1, 'stroke-opacity': majorGridOpacity(theme.grid) });
  return el('pattern', { id: GRID_ID, width: tile, height: tile, patternUnits: 'userSpaceOnUse' }, lines);
}

/** The grid laid over the canvas, under everything else; '' for themes without one. */
export function drawGrid(scene: Scene, theme: Theme): string {
  if (!theme.grid) return '';
  return el('rect', { class: 'grid', x: 0, y: 0, width: scene.width, height: scene.height, fill: `url(#${GRID_ID})` });
}
