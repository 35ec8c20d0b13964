// A browser window: a tinted title bar with three dots over a themed card.
import { roundedRect } from '../../layout/shapes/path.js';
import { BROWSER_BAR } from '../../layout/shapes/browser.js';
import { el } from '../xml.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';
import { stroke, tint } from './marks.js';
import { themedBox } from './card.js';

const DOT = { r: 2.25, first: 11, step: 8 } as const;

export const browser: ShapeArt = {
  pieces: (box, theme) => [themedBox(box, theme)],
  details(b, paint, theme) {
    const r = theme.node.radius, y = b.y + BROWSER_BAR;
    const bar = tint(pathData(roundedRect({ ...b, height: BROWSER_BAR }, [r, r, 0, 0])), paint);
    const rule = stroke(`M${b.x},${y} L${b.x + b.width},${y}`, paint, theme, { 'stroke-linecap': 'butt' });
    const dots = [0, 1, 2].map((i) => el('circle', { cx: b.x + DOT.first + i * DOT.step, cy: b.y + BROWSER_BAR / 2, r: DOT.r, fill: paint.stroke }));
    return bar + rule + dots.join('');
  },
};
