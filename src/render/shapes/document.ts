// A document: the folded-over corner, tinted, drawn on the page.
import { polygon } from '../../layout/shapes/path.js';
import { DOCUMENT_FOLD } from '../../layout/shapes/document.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';
import { stroke, tint } from './marks.js';

export const document: ShapeArt = {
  details(b, paint, theme) {
    const r = b.x + b.width, f = DOCUMENT_FOLD;
    const flap = pathData(polygon([{ x: r - f, y: b.y }, { x: r - f, y: b.y + f }, { x: r, y: b.y + f }]));
    return tint(flap, paint) + stroke(flap, paint, theme, { 'stroke-linejoin': 'round' });
  },
};
