// A mobile device on its side: the screen's edge, a speaker at one end and a home button at the other.
import { roundedRect } from '../../layout/shapes/path.js';
import { MOBILE_BEZEL } from '../../layout/shapes/mobile.js';
import { el } from '../xml.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';
import { stroke } from './marks.js';

const SPEAKER = 7;
const BUTTON = 3.5;

export const mobile: ShapeArt = {
  details(b, paint, theme) {
    const { end, side } = MOBILE_BEZEL, cy = b.y + b.height / 2;
    const screen = { x: b.x + end, y: b.y + side, width: b.width - 2 * end, height: b.height - 2 * side };
    const edge = stroke(pathData(roundedRect(screen, [4, 4, 4, 4])), paint, theme, { 'stroke-width': 1, 'stroke-opacity': 0.5 });
    const speaker = stroke(`M${b.x + end / 2},${cy - SPEAKER} L${b.x + end / 2},${cy + SPEAKER}`, paint, theme, { 'stroke-width': 2 });
    const button = el('circle', { cx: b.x + b.width - end / 2, cy, r: BUTTON, fill: 'none', stroke: paint.stroke, 'stroke-width': 1.25 });
    return edge + speaker + button;
  },
};
