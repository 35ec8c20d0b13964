import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { packageRoot } from '../paths.js';
import { UNCLAIMED, cancel, newClaim, unclaimedBands } from './png-claim.js';
import { pngFile, type Band } from './png-encode.js';
import { bandCount, rasterWork } from './png-raster.js';
import { BandPainter, paintBands, type BandJob, type DrawnBand } from './png-strips.js';

/** What the main thread posts to a PNG worker: every PNG as soon as it is asked for (see png-claim.ts). */
export type PngJob = BandJob;

/** A worker's answer for a band it claimed: the band (its blocks' ArrayBuffer transferred), or the error that failed the PNG. */
export type PngReply = { id: number; band: number; drawn: DrawnBand } | { id: number; band: number; error: string };

/** What a worker is started with: the number its claims are written with. */
export interface PngWorkerData {
  who: number;
}

/** A PNG asked for and not yet answered, and the bands of it drawn so far. */
interface Job extends PngJob {
  bands: (Band | undefined)[];
  size?: { width: number; height: number };
  resolve(png: Buffer): void;
  reject(err: Error): void;
}

/** One worker, the number it claims bands with, and the timer that stops it when idle. */
interface Slot {
  worker: Worker;
  who: number;
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
 * a process that ends after its PNGs, like `neonarch render`. And every thread's first segment
 * committed at once (MIMALLOC_EAGER_COMMIT_DELAY=0): by default only the thread that loaded resvg
 * (the worker) gets its memory from mimalloc's eagerly committed 2 MB-page arena, and the main
 * thread's strips faulted 4 KB pages, ~3500 over the four examples (0.62 -> 0.60 s, CPU 0.98 ->
 * 0.94 s, 21 interleaved runs). Read when resvg loads, so set before the first worker starts; a
 * user's own values are kept.
 */
function largePages(): void {
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
  process.env.MIMALLOC_EAGER_COMMIT_DELAY ??= '0';
}

/** The number a thread calling drawQueuedHere claims bands with; workers count up from 1. */
const HERE = -1;

let slots: Slot[] = [];
let workers = 0;
let jobs = 0;
/** Every PNG asked for and not yet answered, by id. */
const pending = new Map<number, Job>();
/** The PNGs with bands this thread has not yet seen claimed, for drawQueuedHere. */
const queue: Job[] = [];
let script: string | null | undefined;
let painter: BandPainter | null = null;
/** The process ends once its PNGs are written (warmWorker's `oneShot`). */
let oneShotProcess = false;
/** A one-shot process's main thread is drawing too (drawQueuedHere): every PNG it will ask for is queued. */
let lastPngsQueued = false;
let failures = 0;

/** How many PNG workers have failed or stopped on their own so far: a new one takes over, so only this tells (tests hold it to 0). */
export function workerFailures(): number {
  return failures;
}

/** How many PNG workers are running now (tests: a one-shot process's worker stops after its last PNG). */
export function runningWorkers(): number {
  return slots.length;
}

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
 * Rasterises and encodes in the PNG worker. Every PNG is posted to the worker as soon as it is
 * asked for, and the worker (or a thread calling drawQueuedHere) claims its bands whenever it is
 * free (png-claim.ts): the biggest PNG first, and the last one shared out band by band, so no
 * thread waits to be told what to draw and none idles while another draws the last PNG alone.
 * The worker is ref'd only while bands it may draw are waiting, so it never keeps the process alive.
 */
export function rasteriseInWorker(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  lastPngsQueued = false;
  return new Promise((resolve, reject) => {
    const bands = bandCount(svg, options);
    const job: Job = { id: ++jobs, svg, options, work: rasterWork(svg), claim: newClaim(bands), bands: new Array<undefined>(bands), resolve, reject };
    pending.set(job.id, job);
    queue.push(job);
    while (slots.length < MAX_WORKERS) start();
    for (const slot of slots) post(slot, job);
  });
}

function post(slot: Slot, job: Job): void {
  clearTimeout(slot.idle);
  slot.worker.ref();
  slot.worker.postMessage({ id: job.id, svg: job.svg, options: job.options, work: job.work, claim: job.claim } satisfies PngJob);
}

/**
 * Draws bands of the queued PNGs on the calling thread while the worker goes on with its own: for
 * a caller with nothing left to do but wait for them (`neonarch render` once every model is laid
 * out). It yields to the event loop between bands, so finished files still get written meanwhile.
 */
export async function drawQueuedHere(): Promise<void> {
  keepFreedMemory();
  lastPngsQueued = oneShotProcess;
  await paintBands(queue, HERE, (painter ??= new BandPainter()), (job, band, result) => settle(job as Job, band, result));
}

/** Takes in a band of a PNG (or the error that failed it); the file once it has every band. */
function settle(job: Job, band: number, result: DrawnBand | Error): void {
  if (pending.get(job.id) !== job) return;
  if (result instanceof Error) {
    cancel(job);
    finish(job);
    job.reject(result);
    return;
  }
  job.bands[band] = result;
  job.size = { width: result.width, height: result.height };
  if (job.bands.includes(undefined)) return;
  finish(job);
  job.resolve(pngFile(job.size.width, job.size.height, job.bands as Band[]));
}

/** Forgets an answered PNG, and lets the workers idle once nothing is left for them to draw. */
function finish(job: Job): void {
  pending.delete(job.id);
  const at = queue.indexOf(job);
  if (at >= 0) queue.splice(at, 1);
  // The last PNG of a one-shot process is in: its worker stops now, so that tearing down the
  // worker's isolate overlaps the writing of the last files instead of holding up process.exit
  // (which stops workers first): exit 16.5 -> 11 ms, -5 ms median per round in two batches of 41
  // interleaved rounds (faster in 27 and 25).
  for (const slot of slots) if (!hasWork(slot)) (lastPngsQueued && !pending.size ? stop(slot) : idleFor(slot));
}

/** Whether a band is waiting that the worker may still claim, or that it has claimed and not answered. */
function hasWork(slot: Slot): boolean {
  for (const job of pending.values()) {
    for (let i = 0; i < job.bands.length; i++) {
      const claim = Atomics.load(job.claim, i);
      if (claim === UNCLAIMED || (claim === slot.who && !job.bands[i])) return true;
    }
  }
  return false;
}

/**
 * Starts the worker before the first PNG is asked for, so its start-up (45–90 ms while the main
 * thread is busy) overlaps the layout instead of delaying the first render; it stays unref'd.
 * `oneShot`: the process ends once these PNGs are written (see largePages), so once its main
 * thread draws too (drawQueuedHere) the worker stops as soon as the last PNG is in (finish).
 */
export function warmWorker({ oneShot = false } = {}): void {
  if (oneShot) largePages();
  oneShotProcess ||= oneShot;
  lastPngsQueued = false;
  if (slots.length || !workerScript()) return;
  for (let i = 0; i < MAX_WORKERS; i++) idleFor(start());
}

function start(): Slot {
  keepFreedMemory();
  const who = ++workers;
  const slot: Slot = { worker: new Worker(workerScript()!, { workerData: { who } satisfies PngWorkerData }), who };
  slots.push(slot);
  slot.worker.on('message', (reply: PngReply) => {
    const job = pending.get(reply.id);
    if (job) settle(job, reply.band, 'drawn' in reply ? reply.drawn : new Error(reply.error));
  });
  // A worker that failed or stopped takes the PNGs it was drawing down with it; the bands nobody
  // has claimed go to a new worker.
  const fail = (err: Error): void => {
    if (!slots.includes(slot)) return;
    failures++;
    stop(slot);
    for (const job of [...pending.values()]) if (job.bands.some((b, i) => !b && Atomics.load(job.claim, i) === who)) settle(job, 0, err);
    const waiting = [...pending.values()].filter((job) => unclaimedBands(job) > 0);
    if (!waiting.length) return;
    while (slots.length < MAX_WORKERS) start();
    for (const s of slots) for (const job of waiting) post(s, job);
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
