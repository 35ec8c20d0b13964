import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { packageRoot } from '../paths.js';

/** What the main thread posts to the PNG worker. */
export interface PngJob {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
}

/** The worker's answer to job `id`: the PNG file (its ArrayBuffer transferred), or resvg's error. */
export type PngReply = { id: number } & ({ png: Uint8Array } | { error: string });

interface Pending {
  resolve(png: Buffer): void;
  reject(err: Error): void;
}

// Stopped after this long without work, so a long-running server gives back its memory (~100 MB
// of RSS after 2x diagrams: scanlines, resvg, an isolate); the next PNG starts a new one (~35 ms).
const IDLE_MS = 10_000;

let worker: Worker | null = null;
let idle: NodeJS.Timeout | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
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
 * Rasterises and encodes in the PNG worker, started on the first PNG. One worker, not one per
 * core: it keeps two renders going on the libuv pool, for one isolate's start-up (docs/decisions/0004).
 * It is ref'd only while PNGs are outstanding, so it never keeps the process alive.
 */
export function rasteriseInWorker(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const w = worker ?? start();
    const id = nextId++;
    pending.set(id, { resolve, reject });
    clearTimeout(idle);
    w.ref();
    w.postMessage({ id, svg, options } satisfies PngJob);
  });
}

/**
 * Starts the worker before the first PNG is asked for, so its start-up (45–90 ms while the main
 * thread is busy) overlaps the layout instead of delaying the first render; it stays unref'd.
 */
export function warmWorker(): void {
  if (worker || !workerScript()) return;
  const w = start();
  w.unref();
  idle = setTimeout(() => stop(w), IDLE_MS).unref();
}

function start(): Worker {
  const w = (worker = new Worker(workerScript()!));
  w.on('message', (reply: PngReply) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if (!pending.size) {
      w.unref();
      idle = setTimeout(() => stop(w), IDLE_MS).unref();
    }
    if ('png' in reply) job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else job?.reject(new Error(reply.error));
  });
  // A worker that failed or stopped takes its PNGs down with it; the next PNG starts a new one.
  const fail = (err: Error): void => {
    if (worker !== w) return;
    stop(w);
    for (const job of pending.values()) job.reject(err);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the PNG worker stopped (exit code ${code})`)));
  return w;
}

/** Forgets the worker before stopping it, so no PNG is posted to a worker on its way out. */
function stop(w: Worker): void {
  if (worker === w) worker = null;
  clearTimeout(idle);
  void w.terminate();
}
