// PNGs drawn a band (a strip, png-raster.ts) at a time, on whichever thread claims the band
// (png-claim.ts): what the PNG worker does with the PNGs posted to it (png-worker.ts), and what the
// main thread does once it has nothing else to do (png-pool.ts, drawQueuedHere). Each band's
// scanlines are deflated on the libuv pool (png-encode.ts) while the thread draws the next.
//
// resvg's pixmap and the copy of its pixels (made the band's scanlines in place) are freed by
// finalizers, so after each strip, once zlib is done with the one before, the thread runs a
// young-generation collection and lets them run; most strips then reuse pages from
// resvg's allocator (mimalloc) instead of faulting in fresh ones, which on our VMs cost more than
// drawing (docs/decisions/0004, "Strips").
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cancel, claimBand, type Claimable, type Turn } from './png-claim.js';
import { BandDeflater, stripScanlines, type Band } from './png-encode.js';
import { Raster } from './png-raster.js';

/** A PNG to draw in bands: its SVG and resvg's options, with a claim flag per band. */
export interface BandJob extends Claimable {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
}

/** A band drawn and deflated, with the size of the whole image (known once the SVG is parsed). */
export interface DrawnBand extends Band {
  width: number;
  height: number;
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

/**
 * Draws bands on this thread: each PNG's SVG parsed once, while this thread draws its bands, and
 * each band's scanlines (made in its strip's own buffer) deflated on the libuv pool while the next
 * band draws: two zlib streams take turns, each given a band only once it has done with the last.
 */
export class BandPainter {
  private readonly rasters = new Map<number, Raster>();
  private readonly reading: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  private readonly deflaters = [new BandDeflater(), new BandDeflater()];
  private turn = 0;

  /** Draws a band; resolves once it is drawn and handed to zlib, with its deflating. */
  async paint(job: BandJob, band: number): Promise<{ deflated: Promise<DrawnBand> }> {
    let raster = this.rasters.get(job.id);
    if (!raster) this.rasters.set(job.id, (raster = new Raster(job.svg, job.options)));
    if (raster.strips !== job.claim.length) throw new Error(`the PNG has ${raster.strips} strips where ${job.claim.length} bands were planned`);
    const pixels = raster.draw(band * raster.rows);
    const i = this.turn;
    this.turn ^= 1;
    await this.reading[i];
    const scan = stripScanlines(pixels, raster.width, raster.opaque);
    const { width, height } = raster;
    const deflated = this.deflaters[i]!.deflate(scan).then((b): DrawnBand => ({ ...b, width, height }));
    this.reading[i] = deflated.catch(() => {});
    return { deflated };
  }

  /** Resolves once the band before the last one painted is deflated, so nothing holds its strip. */
  settled(): Promise<unknown> {
    return this.reading[this.turn]!;
  }

  /** Lets go of a PNG's parsed SVG. */
  forget(job: BandJob): void {
    this.rasters.delete(job.id);
  }
}

/**
 * Draws bands of `jobs` on this thread until none is left to claim (png-claim.ts), as thread `who`;
 * `done` gets each band once deflated, or the error that stopped it. Resolves once the last band
 * claimed is drawn (its deflating may still be under way).
 */
export async function paintBands(jobs: BandJob[], who: number, painter: BandPainter, done: (job: BandJob, band: number, result: DrawnBand | Error) => void): Promise<void> {
  let turn: Turn<BandJob> | null = null;
  for (;;) {
    const next: Turn<BandJob> | null = claimBand(jobs, who, turn);
    if (turn && turn.job !== next?.job) painter.forget(turn.job);
    if (!next) return;
    turn = next;
    try {
      const { deflated } = await painter.paint(next.job, next.band);
      deflated.then(
        (band) => done(next.job, next.band, band),
        (err: unknown) => fail(next, err),
      );
    } catch (err) {
      fail(next, err);
    }
    // The strip before this one must be deflated (zlib done with its buffer) before the scavenge:
    // a strip that lives through two is promoted to the old generation, which no scavenge frees,
    // and every later strip would draw in fresh memory (+55 MB RSS over the four examples).
    await painter.settled();
    await release();
  }

  // A PNG one band of which failed is failed: no thread is to draw the rest of it.
  function fail(failed: Turn<BandJob>, err: unknown): void {
    cancel(failed.job);
    done(failed.job, failed.band, err instanceof Error ? err : new Error(String(err)));
  }
}
