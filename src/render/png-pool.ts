import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { packageRoot } from '../paths.js';
import { rasterWork } from './png-raster.js';
import { rasteriseInStrips } from './png-strips.js';

/** What the main thread posts to a PNG worker, one at a time. */
export interface PngJob {
  svg: string;
  options: ResvgRenderOptions;
}

/** A worker's answer to the job it was given: the PNG file (its ArrayBuffer transferred), or resvg's error. */
export type PngReply = { png: Uint8Array } | { error: string };

/** A PNG asked for and not yet answered. */
interface Job {
  svg: string;
  options: ResvgRenderOptions;
  /** How much work it is (rasterWork), so the queue can hand out the biggest first. */
  work: number;
  resolve(png: Buffer): void;
  reject(err: Error): void;
}

/** One worker, the PNG it is drawing, and the timer that stops it when idle. */
interface Slot {
  worker: Worker;
  job: Job | null;
  idle?: NodeJS.Timeout;
}

// Stopped after this long without work, so a long-running server gives back its memory (stopping
// a worker that drew the four examples returns ~30 MB of RSS: its isolate, strips, scanlines);
// the next PNG starts a new one (~50 ms).
const IDLE_MS = 10_000;

/**
 * Workers at most. One draws one diagram at a time (png-worker.ts) while the main thread lays out
 * the next; once the layouts are done the main thread can draw what is still queued itself
 * (drawQueuedHere), which costs less than a second worker's isolate and memory: the four examples
 * in 0.82 s instead of 0.85 (medians of 15 interleaved runs), 1.27 s of CPU instead of 1.37, and
 * with their layouts cached 0.62 s instead of 0.66.
 */
const MAX_WORKERS = 1;

/**
 * How long resvg's allocator (mimalloc) keeps memory a thread freed before giving it back to the
 * OS, in ms (its MIMALLOC_PURGE_DELAY; 10 by default, which returned a strip's pages before the
 * next strip could reuse them). Read when resvg loads, so it is set before the first worker
 * starts; a value of the user's own is kept.
 */
const PURGE_DELAY_MS = '1000';

/** Sets resvg's allocator's purge delay before resvg loads on any thread (see PURGE_DELAY_MS). */
function keepFreedMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= PURGE_DELAY_MS;
}

/**
 * Lets resvg's allocator take memory from the OS in 2 MB pages (MIMALLOC_ALLOW_LARGE_OS_PAGES: it
 * asks for transparent huge pages, which Linux gives on request by default): each strip's pixmap
 * and copy of its pixels then costs one page fault for 2 MB instead of 512, ~4500 fewer over the
 * four examples (0.70 -> 0.69 s, CPU 1.02 -> 0.99 s, 21 interleaved runs). mimalloc keeps such
 * memory for good, though (~20 MB more RSS once a server has drawn PNGs and gone idle), so only for
 * a process that ends after its PNGs, like `neonarch render`. Read when resvg loads, so set before
 * the first worker starts; a value of the user's own is kept.
 */
function largePages(): void {
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
}

let slots: Slot[] = [];
const queue: Job[] = [];
let script: string | null | undefined;

/**
 * The worker script, from the package root (the CLI bundle has no module of its own to be relative
 * to): png-worker.ts bundled into one CommonJS file by `npm run build` (starts faster than its
 * ES modules), else those modules as tsc wrote them; null before a build.
 */
export function workerScript(): string | null {
  if (script === undefined) {
    const files = [join(packageRoot(), 'dist', 'png-worker.cjs'), join(packageRoot(), 'dist', 'src', 'render', 'png-worker.js')];
    script = files.find((file) => existsSync(file)) ?? null;
  }
  return script;
}

/**
 * Rasterises and encodes in the PNG worker. PNGs wait in one queue, and the worker (or a thread
 * calling drawQueuedHere) takes the biggest waiting one whenever it is free, so the largest
 * diagram is not the one left to draw at the end. The worker is ref'd only while it draws, so it
 * never keeps the process alive.
 */
export function rasteriseInWorker(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ svg, options, work: rasterWork(svg), resolve, reject });
    dispatch();
  });
}

/** Hands queued PNGs to idle workers, starting workers up to MAX_WORKERS. */
function dispatch(): void {
  while (queue.length) {
    const slot = slots.find((s) => !s.job) ?? (slots.length < MAX_WORKERS ? start() : null);
    if (!slot) return;
    const job = (slot.job = takeBiggest());
    clearTimeout(slot.idle);
    slot.worker.ref();
    slot.worker.postMessage({ svg: job.svg, options: job.options } satisfies PngJob);
  }
}

/** The queued PNG with the most work, taken off the queue (which must not be empty). */
function takeBiggest(): Job {
  const biggest = queue.reduce((best, job, i) => (job.work > queue[best]!.work ? i : best), 0);
  return queue.splice(biggest, 1)[0]!;
}

/**
 * Draws the queued PNGs on the calling thread, the biggest first, while the worker goes on with
 * its own: for a caller with nothing left to do but wait for them (`neonarch render` once every
 * model is laid out). It yields to the event loop between strips, so finished files still get
 * written meanwhile.
 */
export async function drawQueuedHere(): Promise<void> {
  keepFreedMemory();
  while (queue.length) {
    const job = takeBiggest();
    await rasteriseInStrips(job.svg, job.options).then(job.resolve, job.reject);
  }
}

/**
 * Starts the worker before the first PNG is asked for, so its start-up (45–90 ms while the main
 * thread is busy) overlaps the layout instead of delaying the first render; it stays unref'd.
 * `oneShot`: the process ends once these PNGs are written (see largePages).
 */
export function warmWorker({ oneShot = false } = {}): void {
  if (oneShot) largePages();
  if (slots.length || !workerScript()) return;
  for (let i = 0; i < MAX_WORKERS; i++) idleFor(start());
}

function start(): Slot {
  keepFreedMemory();
  const slot: Slot = { worker: new Worker(workerScript()!), job: null };
  slots.push(slot);
  slot.worker.on('message', (reply: PngReply) => {
    const job = slot.job!;
    slot.job = null;
    if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else job.reject(new Error(reply.error));
    dispatch();
    if (!slot.job) idleFor(slot);
  });
  // A worker that failed or stopped takes its PNG down with it; the next PNG starts a new one.
  const fail = (err: Error): void => {
    if (!slots.includes(slot)) return;
    stop(slot);
    slot.job?.reject(err);
    slot.job = null;
    dispatch();
  };
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => fail(new Error(`the PNG worker stopped (exit code ${code})`)));
  return slot;
}

/** Unrefs an idle worker and stops it after IDLE_MS unless work comes first. */
function idleFor(slot: Slot): void {
  slot.worker.unref();
  clearTimeout(slot.idle);
  slot.idle = setTimeout(() => stop(slot), IDLE_MS).unref();
}

/** Forgets the worker before stopping it, so no PNG is posted to a worker on its way out. */
function stop(slot: Slot): void {
  slots = slots.filter((s) => s !== slot);
  clearTimeout(slot.idle);
  void slot.worker.terminate();
}
