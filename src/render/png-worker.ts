// The PNG worker (see png-pool.ts). resvg parses and renders on the libuv pool (renderAsync), up
// to CONCURRENT diagrams at once; this thread copies the pixels out, checks their alpha and
// encodes, so the main thread only posts SVGs and receives files. Loaded by absolute path as
// dist/src/render/png-worker.js, from the tsc output and the CLI bundle alike.
import { availableParallelism } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { PngJob, PngReply } from './png-pool.js';
import { encodeImage, resvgModule } from './png-raster.js';

// Three renders at once on two cores: while this thread encodes one diagram (40–60 ms at 2x),
// two more rasterise, so the PNGs queued behind the last layout finish sooner. The four examples
// render in 0.60 s instead of 0.63 s (medians of 21 interleaved runs) for the same CPU; eight
// PNGs take as long as with two, for ~80 MB more RSS; four at once cost more CPU (decision 0004).
const CONCURRENT = Math.min(3, availableParallelism() + 1);

// One scanline buffer for every PNG this worker encodes, instead of a new ~20 MB one each time
// (allocating and page-faulting it cost more than filling it); it lives as long as the worker,
// which png-pool.ts stops after a few idle seconds. Encoding is synchronous, so one buffer is
// enough however many renders are running. Grown to a power of two: the examples' 16–29 MB of
// scanlines fit one 32 MB buffer; pages no row reaches are never touched.
let scratch: Buffer | null = null;

function scanlines(bytes: number): Buffer {
  if (!scratch || scratch.length < bytes) scratch = Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(bytes)));
  return scratch;
}

// resvg now rather than on the first PNG: a worker warmed early (warmPngWorker) is then ready to render.
resvgModule();

const port = parentPort!;
const waiting: PngJob[] = [];
let running = 0;

port.on('message', (job: PngJob) => {
  waiting.push(job);
  next();
});

function next(): void {
  while (running < CONCURRENT && waiting.length) {
    const { id, svg, options } = waiting.shift()!;
    running++;
    void resvgModule()
      .renderAsync(svg, options)
      .then((image) => answer(id, encodeImage(image, scanlines)))
      .catch((err: unknown) => answer(id, null, err))
      .finally(() => {
        running--;
        next();
      });
  }
}

function answer(id: number, png: Buffer | null, err?: unknown): void {
  if (!png) return port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies PngReply);
  // Hand the file over without a copy when it owns its ArrayBuffer (small ones live in Node's shared pool).
  const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png : new Uint8Array(png);
  port.postMessage({ id, png: own } satisfies PngReply, [own.buffer as ArrayBuffer]);
}
