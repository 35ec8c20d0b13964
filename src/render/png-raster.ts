import { createRequire } from 'node:module';
import type { RenderedImage, ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePng } from './png-encode.js';
import { straightAlpha } from './pixels.js';

type ResvgModule = typeof import('@resvg/resvg-js');

const load = createRequire(import.meta.url);
let resvg: ResvgModule | null = null;

/**
 * resvg-js, loaded on first use: its native addon costs ~10 ms of start-up, which a command
 * without PNGs, or a main thread whose PNGs rasterise in the PNG worker, never pays.
 */
export function resvgModule(): ResvgModule {
  return (resvg ??= load('@resvg/resvg-js') as ResvgModule);
}

/** The PNG file of a resvg image; `scanlines` may lend the encoder a reused buffer for its rows. */
export function encodeImage(image: RenderedImage, scanlines?: (bytes: number) => Buffer): Buffer {
  return encodePng(image.width, image.height, straightAlpha(image.pixels), scanlines);
}

/** Rasterises and encodes one PNG on the calling thread (renderPng). */
export function rasterise(svg: string, options: ResvgRenderOptions): Buffer {
  return encodeImage(new (resvgModule().Resvg)(svg, options).render());
}
