import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { packageRoot } from '../paths.js';
import { rasterWork } from './png-raster.js';

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

// Stopped after this long without work, so a long-running server gives back its memory (two
// workers that drew the four examples hold ~70 MB of RSS: isolates, strips, scanlines, resvg's
// allocator); the next PNG starts a new one (~35 ms).
const IDLE_MS = 10_000;

/**
 * Workers at most. Each draws one diagram at a time (png-worker.ts), so two keep both cores of
 * our machines busy once the layouts are done; more would only add isolates.
 */
const MAX_WORKERS = Math.min(2, availableParallelism());

/**
 * How long resvg's allocator (mimalloc) keeps memory a thread freed before giving it back to the
 * OS, in ms (its MIMALLOC_PURGE_DELAY; 10 by default, which returned a strip's pages before the
 * next strip could reuse them). Read when resvg loads, so it is set before the first worker
 * starts; a value of the user's own is kept.
 */
const PURGE_DELAY_MS = '1000';

let slots: Slot[] = [];
const queue: Job[] = [];
let script: string | null | undefined;

/** The worker script, from the package root (the CLI bundle has no module of its own to be relative to); null before a build. */
export function workerScript(): string | null {
  if (script === undefined) {
    const file = join(packageRoot(), 'dist', 'src', 'render', 'png-worker.js');
    script = existsSync(file) ? file : null;
  }
  return script;
}

/**
 * Rasterises and encodes in a PNG worker. PNGs wait in one queue and each worker takes the next
 * when it is free, the biggest first: the last diagram laid out is then not left to a worker
 * still busy with an earlier one while the other idles (the four examples end ~50 ms sooner).
 * Workers are ref'd only while they draw, so they never keep the process alive.
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
    const biggest = queue.reduce((best, job, i) => (job.work > queue[best]!.work ? i : best), 0);
    const job = (slot.job = queue.splice(biggest, 1)[0]!);
    clearTimeout(slot.idle);
    slot.worker.ref();
    slot.worker.postMessage({ svg: job.svg, options: job.options } satisfies PngJob);
  }
}

/**
 * Starts the workers before the first PNG is asked for, so their start-up (45–90 ms while the
 * main thread is busy) overlaps the layout instead of delaying the first render; they stay unref'd.
 */
export function warmWorker(): void {
  if (slots.length || !workerScript()) return;
  for (let i = 0; i < MAX_WORKERS; i++) idleFor(start());
}

function start(): Slot {
  process.env.MIMALLOC_PURGE_DELAY ??= PURGE_DELAY_MS;
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
