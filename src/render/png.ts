import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFiles } from '../text/measure.js';
import { isHex } from '../theme/color.js';
import { drawQueuedHere, rasteriseInWorker, warmWorker, workerScript } from './png-pool.js';
import { rasterise } from './png-raster.js';

export interface PngOptions {
  /** Pixels per SVG unit; 2 gives crisp text on high-density screens. */
  scale?: number;
}

/**
 * An empty crop: resvg-js crops every image to `crop` after rendering, and without one it crops to
 * the whole canvas, copying the finished pixmap (~29 MB at 2x) into a second, freshly faulted one.
 * An empty rectangle is no rectangle to it, so it hands over the pixmap it drew in; same pixels,
 * and a first render of the four examples ~40 ms faster (decision 0004). test/render-png.test.ts
 * checks the pixels and size are those of an uncropped render, so an upgrade that reads an empty
 * crop otherwise fails there.
 */
export const WHOLE_CANVAS = { left: 0, top: 0, right: 0, bottom: 0 } as const;

export function resvgOptions(svg: string, opts: PngOptions = {}): ResvgRenderOptions {
  // resvg ignores @font-face, so it gets the bundled TTFs, and no system fonts: the same pixels on
  // every machine. The SVG picks them: the small latin subset when it has every character.
  const background = canvasColour(svg);
  return {
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    crop: WHOLE_CANVAS,
    font: { fontFiles: fontFiles(svg), loadSystemFonts: false, defaultFontFamily: 'Inter' },
    ...(background ? { background } : {}),
  };
}

/**
 * The colour of renderSvg's canvas (`rect.canvas`, the whole page), when it is an opaque `#rgb` or
 * `#rrggbb`. resvg fills its pixmap with it before drawing: the canvas paints over exactly that, so
 * the pixels are the same, but the image is then opaque by construction and the encoder need not
 * scan every strip for a translucent pixel (png-raster.ts, `opaque`).
 */
function canvasColour(svg: string): string | null {
  const fill = /<rect class="canvas" x="0" y="0" width="[^"]*" height="[^"]*" fill="([^"]*)"\/>/.exec(svg)?.[1];
  return fill !== undefined && isHex(fill) ? fill : null;
}

/** Rasterises an SVG from renderSvg (at 2x unless told otherwise) into a PNG file. */
export function renderPng(svg: string, opts: PngOptions = {}): Buffer {
  return rasterise(svg, resvgOptions(svg, opts));
}

/**
 * renderPng off the main thread, in the PNG worker (png-pool.ts): the main thread only posts the
 * SVG and gets the file back, so it can lay out the next diagram meanwhile; same bytes. Before a
 * build (no dist/png-worker.cjs nor dist/src/render/png-worker.js, e.g. run from src/ with tsx) this thread renders it.
 */
export async function renderPngAsync(svg: string, opts: PngOptions = {}): Promise<Buffer> {
  if (workerScript()) return rasteriseInWorker(svg, resvgOptions(svg, opts));
  return renderPng(svg, opts);
}

/**
 * Starts the PNG worker ahead of the first renderPngAsync, for a caller that knows PNGs will
 * follow (`neonarch render` with png among its formats): measured on 2 cores, the four examples
 * with warm layouts render in 0.57 s instead of 0.62 s. Optional; the worker never keeps the process alive.
 * `oneShot`: the process ends once these PNGs are written, so resvg may take memory in 2 MB pages
 * that it never gives back (fewer page faults; a server should leave it off).
 */
export function warmPngWorker(options: { oneShot?: boolean } = {}): void {
  warmWorker(options);
}

/**
 * Draws bands of the PNGs renderPngAsync has queued on this thread too, alongside the worker
 * (png-claim.ts): for a caller that has nothing left to do but wait for them (`neonarch render`
 * once its layouts are done). Same bytes; resolves when no band is left to claim.
 */
export function drawQueuedPngsHere(): Promise<void> {
  return drawQueuedHere();
}
