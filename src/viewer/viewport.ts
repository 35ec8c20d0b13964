// Pan and zoom as numbers: screen = world × k + (x, y). The DOM part only applies the result.
import type { Box } from '../scene/types.js';

/** Where the diagram sits on screen: offset in pixels and zoom factor. */
export interface View {
  x: number;
  y: number;
  k: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;

const clampZoom = (k: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/** Zooms by a factor keeping the screen point (sx, sy) over the same diagram point. */
export function zoomAt(view: View, factor: number, sx: number, sy: number): View {
  const k = clampZoom(view.k * factor);
  const ratio = k / view.k;
  return { k, x: sx - (sx - view.x) * ratio, y: sy - (sy - view.y) * ratio };
}

/** Moves the diagram by a screen distance. */
export const panBy = (view: View, dx: number, dy: number): View => ({ k: view.k, x: view.x + dx, y: view.y + dy });

/** The whole diagram in the viewport with a margin, never magnified past 100 %. */
export function fitView(width: number, height: number, vw: number, vh: number, margin = 24): View {
  const k = clampZoom(Math.min(1, (vw - 2 * margin) / Math.max(1, width), (vh - 2 * margin) / Math.max(1, height)));
  return { k, x: (vw - width * k) / 2, y: (vh - height * k) / 2 };
}

/** Centres a box in the viewport, zooming in to at least `minZoom` so it is readable. */
export function centerOn(view: View, box: Box, vw: number, vh: number, minZoom = 0.9): View {
  const k = Math.max(view.k, Math.min(minZoom, MAX_ZOOM));
  return { k, x: vw / 2 - (box.x + box.width / 2) * k, y: vh / 2 - (box.y + box.height / 2) * k };
}

/** The CSS transform for a view. */
export const transformOf = (v: View): string => `translate(${round(v.x)}px, ${round(v.y)}px) scale(${round(v.k, 4)})`;

const round = (n: number, places = 2): number => Math.round(n * 10 ** places) / 10 ** places;
