import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFiles } from '../text/measure.js';
import { encodePng, encodePngAsync } from './png-encode.js';
import { straightAlpha } from './pixels.js';

export interface PngOptions {
  /** Pixels per SVG unit; 2 gives crisp text on high-density screens. */
  scale?: number;
}

function resvgOptions(opts: PngOptions): ResvgRenderOptions {
  // resvg ignores @font-face, so it gets the bundled TTFs, and no system fonts: the same pixels on every machine.
  return {
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter' },
  };
}

/** Rasterises an SVG from renderSvg (at 2x unless told otherwise) into a PNG file. */
export function renderPng(svg: string, opts: PngOptions = {}): Buffer {
  const image = new Resvg(svg, resvgOptions(opts)).render();
  return encodePng(image.width, image.height, straightAlpha(image.pixels));
}

/** renderPng off the main thread (libuv pool), so several diagrams rasterise in parallel; same bytes. */
export async function renderPngAsync(svg: string, opts: PngOptions = {}): Promise<Buffer> {
  const image = await renderAsync(svg, resvgOptions(opts));
  return encodePngAsync(image.width, image.height, straightAlpha(image.pixels));
}
