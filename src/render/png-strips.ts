// A PNG drawn a strip at a time (png-raster.ts), the strip's memory handed back before the next:
// what a PNG worker does with each SVG it is given (png-worker.ts), and what the main thread does
// with the PNGs still queued once it has nothing else to do (png-pool.ts, drawQueuedHere).
//
// resvg's pixmap and the copy of its pixels are freed by finalizers, so after each strip the
// thread runs a young-generation collection and lets them run; most strips then reuse pages from
// resvg's allocator (mimalloc) instead of faulting in fresh ones, which on our VMs cost more than
// drawing (docs/decisions/0004, "Strips").
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PngStream } from './png-encode.js';
import { Raster, STRIP_BYTES } from './png-raster.js';

// The two scanline buffers strips take turns in (PngStream), kept for every PNG this thread
// encodes: ~4 MB each, allocated and page-faulted once. A strip's scanlines are its RGBA plus a
// filter byte a row, a little more than STRIP_BYTES and not the same for two widths, so the room
// for 64 Ki rows' filter bytes on top: sized to the first PNG, the second of another width would
// often need a few KB more, and a new pair of buffers cost ~2000 fresh page faults.
const scratch: Buffer[] = [];
const SCANLINE_BYTES = STRIP_BYTES + 64 * 1024;

function scanlines(i: number, bytes: number): Buffer {
  if (!(scratch[i]!?.length >= bytes)) scratch[i] = Buffer.allocUnsafeSlow(Math.max(bytes, SCANLINE_BYTES));
  return scratch[i]!;
}

type Collector = (options: { type: 'minor' }) => void;
let collector: Collector | null = null;

/**
 * V8's own collector, exposed to one fresh context by its flag. The flag is process-wide and part
 * of the hash V8 checks a code cache against, so it is turned off again at once: left on, the
 * CLI's code cache (written after a warm-up render that draws PNGs) would not match a plain start,
 * and every start would compile the bundle afresh (test/bin-load.test.ts). Another thread doing
 * the same at the same moment may turn the flag off between our two steps: then try again (each
 * ends with the flag off). Without a collector strips still draw; they only fault in fresh pages.
 */
function collect(): Collector {
  for (let tries = 0; !collector && tries < 100; tries++) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('typeof gc === "function" ? gc : null') as Collector | null;
    setFlagsFromString('--no-expose-gc');
  }
  return (collector ??= () => {});
}

/** Frees the memory of the strips drawn so far: a strip's objects are young, so a scavenge finds them; their finalizers run on a later turn. */
async function release(): Promise<void> {
  collect()({ type: 'minor' });
  await new Promise((done) => setImmediate(done));
}

/** The PNG file of an SVG, drawn on this thread a strip at a time; the same bytes as renderPng. */
export async function rasteriseInStrips(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  const raster = new Raster(svg, options);
  const png = new PngStream(raster.width, raster.height, raster.opaque, scanlines);
  for (let top = 0; top < raster.height; top += raster.rows) {
    await png.add(raster.draw(top));
    await release();
  }
  return png.finish();
}
