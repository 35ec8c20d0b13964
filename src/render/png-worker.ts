// The PNG worker (see png-pool.ts): resvg parses and draws on this thread, a strip at a time
// (png-strips.ts), and this thread encodes, so the main thread only posts SVGs and receives files
// while it lays out the next diagram. Loaded by absolute path as dist/png-worker.cjs (this module
// bundled by scripts/build-cli.mjs), from the tsc output and the CLI bundle alike. One diagram at a
// time: of those posted to it, the biggest nobody has claimed yet (png-claim.ts).
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { claimBiggest } from './png-claim.js';
import type { PngJob, PngReply, PngWorkerData } from './png-pool.js';
import { resvgModule } from './png-raster.js';
import { rasteriseInStrips } from './png-strips.js';

// A lower priority for this thread: while the main thread still lays out diagrams, that is the
// longer path to the last file, and the PNGs catch up once it is done. Four examples, 21
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
const { who } = workerData as PngWorkerData;
/** PNGs posted to this worker and not yet claimed by it or seen claimed by another thread. */
const known: PngJob[] = [];
let busy = false;

port.on('message', (job: PngJob) => {
  known.push(job);
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  for (let job = claimBiggest(known, who); job; job = claimBiggest(known, who)) {
    try {
      answer(job.id, await rasteriseInStrips(job.svg, job.options));
    } catch (err) {
      answer(job.id, null, err);
    }
  }
  busy = false;
}

function answer(id: number, png: Buffer | null, err?: unknown): void {
  if (!png) return port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies PngReply);
  // Hand the file over without a copy when it owns its ArrayBuffer (small ones live in Node's shared pool).
  const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png : new Uint8Array(png);
  port.postMessage({ id, png: own } satisfies PngReply, [own.buffer as ArrayBuffer]);
}
