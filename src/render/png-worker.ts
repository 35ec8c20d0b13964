// A PNG worker (see png-pool.ts): resvg parses and draws on this thread, a strip of rows at a
// time (png-raster.ts), and this thread encodes, so the main thread only posts SVGs and receives
// files. Loaded by absolute path as dist/src/render/png-worker.js, from the tsc output and the CLI
// bundle alike.
//
// Between strips the worker hands the strip's memory back: resvg's pixmap and the copy of its
// pixels are freed by finalizers, so it runs a young-generation collection and lets them run; most
// strips then reuse pages from resvg's allocator (mimalloc) instead of faulting in fresh ones
// (docs/decisions/0004, "Strips"). One diagram at a time: a worker keeps one core busy.
import { setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { PngJob, PngReply } from './png-pool.js';
import { PngStream } from './png-encode.js';
import { Raster, resvgModule } from './png-raster.js';

// The two scanline buffers strips take turns in (PngStream), kept for every PNG this worker
// encodes: ~4 MB each, allocated and page-faulted once. They live as long as the worker, which
// png-pool.ts stops after a few idle seconds.
const scratch: Buffer[] = [];

function scanlines(i: number, bytes: number): Buffer {
  if (!(scratch[i]!?.length >= bytes)) scratch[i] = Buffer.allocUnsafeSlow(bytes);
  return scratch[i]!;
}

/**
 * V8's own collector, exposed to one fresh context by its flag. The flag is process-wide and part
 * of the hash V8 checks a code cache against, so it is turned off again at once: left on, the
 * CLI's code cache (written after a warm-up render that starts this worker) would not match a
 * plain start, and every start would compile the bundle afresh (test/bin-load.test.ts).
 */
const collect = ((): ((options: { type: 'minor' }) => void) => {
  // Another PNG worker starting at the same moment may turn the flag off between our two steps:
  // then try again (every worker ends with the flag off). Without a collector strips still draw,
  // they only fault in fresh pages.
  for (let tries = 0; tries < 100; tries++) {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('typeof gc === "function" ? gc : null') as ((options: { type: 'minor' }) => void) | null;
    setFlagsFromString('--no-expose-gc');
    if (gc) return gc;
  }
  return () => {};
})();

/** Frees the memory of the strips drawn so far: a strip's objects are young, so a scavenge finds them; their finalizers run on a later turn. */
async function release(): Promise<void> {
  collect({ type: 'minor' });
  await new Promise((done) => setImmediate(done));
}

// A lower priority for this thread: while the main thread still lays out diagrams, that is the
// longer path to the last file, and the PNG workers catch up once it is done. Four examples, 21
// interleaved runs: lower quartile 0.85 -> 0.81 s, median 0.88 -> 0.87 s. Only on Linux, where
// the nice value belongs to a thread (elsewhere it would lower the whole process).
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // not permitted here: draw at the usual priority
  }
}

// resvg now rather than on the first PNG: a worker started early (warmPngWorker) is then ready to render.
resvgModule();

const port = parentPort!;
const waiting: PngJob[] = [];
let busy = false;

port.on('message', (job: PngJob) => {
  waiting.push(job);
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) {
    try {
      answer(await rasterise(job));
    } catch (err) {
      answer(null, err);
    }
  }
  busy = false;
}

async function rasterise({ svg, options }: PngJob): Promise<Buffer> {
  const raster = new Raster(svg, options);
  const png = new PngStream(raster.width, raster.height, scanlines);
  for (let top = 0; top < raster.height; top += raster.rows) {
    await png.add(raster.draw(top));
    await release();
  }
  return png.finish();
}

function answer(png: Buffer | null, err?: unknown): void {
  if (!png) return port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies PngReply);
  // Hand the file over without a copy when it owns its ArrayBuffer (small ones live in Node's shared pool).
  const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png : new Uint8Array(png);
  port.postMessage({ png: own } satisfies PngReply, [own.buffer as ArrayBuffer]);
}
