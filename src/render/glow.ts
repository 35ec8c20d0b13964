import type { Theme } from '../theme/index.js';
import { el } from './xml.js';

// A blur filter costs resvg ~20 ms per node at 2x (docs/decisions/0004); stacked translucent strokes
// give nearly the same halo for under 1 ms a node and look identical in every SVG viewer.
const LAYERS = 6;

/** A neon halo following any outline, given as the path data of its pieces: strokes widening outwards, each faint, so brightness falls off with distance. */
export function drawGlowPaths(pieces: readonly string[], color: string, theme: Theme): string {
  return glow(color, theme, (width) => pieces.map((d) => el('path', { d, 'stroke-width': width })).join(''));
}

function glow(color: string, theme: Theme, ring: (width: number) => string): string {
  const { enabled, strength, spread } = theme.glow;
  if (!enabled) return '';
  const opacity = strength / LAYERS;
  // Rings crowd towards the border, so the light fades like a blur rather than in even steps.
  const rings = Array.from({ length: LAYERS }, (_, i) => ring(2 * spread * ((LAYERS - i) / LAYERS) ** 1.6));
  return el('g', { class: 'glow', fill: 'none', stroke: color, 'stroke-opacity': opacity }, rings.join(''));
}
