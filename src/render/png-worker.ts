// The PNG worker (see png-pool.ts): resvg parses and draws on this thread, a strip at a time
// (png-strips.ts), and this thread encodes, so the main thread only posts SVGs and receives files
// while it lays out the next diagram. Loaded by absolute path as dist/png-worker.cjs (this module
// bundled by scripts/build-cli.mjs), from the tsc output and the CLI bundle alike. One band at a
// time, of the PNGs posted to it, claimed as png-claim.ts says.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { PngJob, PngReply, PngWorkerData } from './png-pool.js';
import { resvgModule } from './png-raster.js';
import { BandPainter, paintBands, type DrawnBand } from './png-strips.js';

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
/** PNGs posted to this worker with bands not yet seen claimed. */
const known: PngJob[] = [];
const painter = new BandPainter();
let busy = false;

port.on('message', (job: PngJob) => {
  known.push(job);
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  await paintBands(known, who, painter, answer);
  busy = false;
}

function answer(job: PngJob, band: number, result: DrawnBand | Error): void {
  if (result instanceof Error) return port.postMessage({ id: job.id, band, error: result.message } satisfies PngReply);
  // The blocks own their ArrayBuffer (BandDeflater): handed over without a copy.
  port.postMessage({ id: job.id, band, drawn: result } satisfies PngReply, [result.blocks.buffer as ArrayBuffer]);
}
