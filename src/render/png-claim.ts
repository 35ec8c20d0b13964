// Who draws which band of which PNG, decided without a round trip. Every PNG asked for is posted to
// the PNG worker at once with one flag per band (a strip, png-raster.ts) in shared memory, and a
// free thread (the worker, or the main thread in drawQueuedHere) claims a band with one atomic
// compare-and-swap. A thread goes on down the PNG it is drawing; when none is left it starts the
// biggest PNG nobody has started; when every PNG is started it helps with the one that has the
// most left, from the bottom up, so two threads meet in its middle instead of one idling while the
// other draws the last PNG alone. (Before, the worker asked the main thread for each next PNG and
// waited until the main thread was between two layouts to be told: 40–60 ms idle mid-render.)

/** The flag of a band nobody has claimed yet; a claim writes the claiming thread's number instead. */
export const UNCLAIMED = 0;
/** The flag of a band of a PNG that failed: nobody is to draw it. */
export const CANCELLED = -2;

/** A PNG whose bands can be claimed. */
export interface Claimable {
  /** One flag per band, top to bottom (an Int32Array over a SharedArrayBuffer). */
  claim: Int32Array;
  /** How much work the whole PNG is (rasterWork). */
  work: number;
}

/** What a thread draws next: a band of a PNG, and whether it is working up from the bottom. */
export interface Turn<T extends Claimable> {
  job: T;
  band: number;
  fromBottom: boolean;
}

/** New, unclaimed flags for `bands` bands, shared with any thread they are posted to. */
export function newClaim(bands: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * bands));
}

/** Bands nobody has claimed yet. */
export function unclaimedBands(job: Claimable): number {
  let n = 0;
  for (let i = 0; i < job.claim.length; i++) if (Atomics.load(job.claim, i) === UNCLAIMED) n++;
  return n;
}

/** Claims the first band still unclaimed from the top (or from the bottom), for `who`; -1 when none is left. */
function claimFrom(job: Claimable, who: number, fromBottom: boolean): number {
  const n = job.claim.length;
  for (let k = 0; k < n; k++) {
    const band = fromBottom ? n - 1 - k : k;
    if (Atomics.load(job.claim, band) === UNCLAIMED && Atomics.compareExchange(job.claim, band, UNCLAIMED, who) === UNCLAIMED) return band;
  }
  return -1;
}

/**
 * The next band for thread `who` (a non-zero number of its own), claimed: on down (or up) the PNG
 * of its last turn, else the first band of the biggest PNG nobody has started, else the last
 * unclaimed band of the PNG with the most work left. PNGs with nothing left to claim are taken out
 * of `jobs`. Null when no band is left.
 */
export function claimBand<T extends Claimable>(jobs: T[], who: number, last: Turn<T> | null): Turn<T> | null {
  if (last) {
    const band = claimFrom(last.job, who, last.fromBottom);
    if (band >= 0) return { job: last.job, band, fromBottom: last.fromBottom };
  }
  for (;;) {
    const left = jobs.map((job) => unclaimedBands(job));
    for (let i = jobs.length - 1; i >= 0; i--) if (!left[i]) (jobs.splice(i, 1), left.splice(i, 1));
    if (!jobs.length) return null;
    const fresh = jobs.filter((job, i) => left[i] === job.claim.length);
    if (fresh.length) {
      // Its first band, or (should another thread start it first) look again.
      const job = fresh.reduce((best, j) => (j.work > best.work ? j : best));
      if (Atomics.compareExchange(job.claim, 0, UNCLAIMED, who) === UNCLAIMED) return { job, band: 0, fromBottom: false };
      continue;
    }
    const most = left.reduce((best, n, i) => (remaining(jobs[i]!, n) > remaining(jobs[best]!, left[best]!) ? i : best), 0);
    const band = claimFrom(jobs[most]!, who, true);
    if (band >= 0) return { job: jobs[most]!, band, fromBottom: true };
  }
}

/** The work of a PNG's `bands` unclaimed bands. */
function remaining(job: Claimable, bands: number): number {
  return (job.work * bands) / job.claim.length;
}

/** Marks every band nobody has claimed yet as not to be drawn. */
export function cancel(job: Claimable): void {
  for (let i = 0; i < job.claim.length; i++) Atomics.compareExchange(job.claim, i, UNCLAIMED, CANCELLED);
}
