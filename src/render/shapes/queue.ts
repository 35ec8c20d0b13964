// A queue: the open end's front face drawn over the pipe, faintly tinted.
import { arc, ellipse } from '../../layout/shapes/path.js';
import { QUEUE_END } from '../../layout/shapes/queue.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';
import { stroke, tint } from './marks.js';

export const queue: ShapeArt = {
  details(b, paint, theme) {
    const center = { x: b.x + b.width - QUEUE_END, y: b.y + b.height / 2 };
    const face = pathData(ellipse(center, QUEUE_END, b.height / 2));
    const rim = pathData([{ kind: 'move', to: { x: center.x, y: b.y } }, arc(center, QUEUE_END, b.height / 2, -Math.PI / 2, -1.5 * Math.PI)], false);
    return tint(face, paint) + stroke(rim, paint, theme);
  },
};
