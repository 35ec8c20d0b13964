// A database: the rim's front arc over the silhouette, the lid faintly tinted.
import { arc, ellipse } from '../../layout/shapes/path.js';
import { CYLINDER_RIM } from '../../layout/shapes/cylinder.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';
import { stroke, tint } from './marks.js';

export const cylinder: ShapeArt = {
  details(b, paint, theme) {
    const center = { x: b.x + b.width / 2, y: b.y + CYLINDER_RIM };
    const lid = pathData(ellipse(center, b.width / 2, CYLINDER_RIM));
    const rim = pathData([{ kind: 'move', to: { x: b.x, y: center.y } }, arc(center, b.width / 2, CYLINDER_RIM, Math.PI, 0)], false);
    return tint(lid, paint) + stroke(rim, paint, theme);
  },
};
