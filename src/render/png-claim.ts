// Who draws which PNG, decided without a round trip: every PNG asked for is posted to the PNG
// worker at once, with a flag in shared memory, and whichever thread is free first (the worker, or
// the main thread in drawQueuedHere) claims it with one atomic compare-and-swap. Before, the
// worker asked the main thread for its next PNG and waited until the main thread was between two
// layouts to be told: 40–60 ms idle in the middle of a render of the four examples.

/** The flag of a PNG nobody has claimed yet; a claim writes the claiming thread's number instead. */
export const UNCLAIMED = 0;

/** A PNG that can be claimed: its flag (an Int32Array of one element over a SharedArrayBuffer) and how much work it is. */
export interface Claimable {
  claim: Int32Array;
  /** How much work it is (rasterWork), so the biggest is drawn first and the smallest is left for the end. */
  work: number;
}

/** A new, unclaimed flag, shared with any thread it is posted to. */
export function newClaim(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Whether a PNG is still waiting for a thread to claim it. */
export function unclaimed(job: Claimable): boolean {
  return Atomics.load(job.claim, 0) === UNCLAIMED;
}

/**
 * Takes the biggest PNG nobody has claimed out of `jobs`, claimed for `who` (a non-zero thread
 * number); PNGs found claimed by another thread on the way are taken out too. Null when none is left.
 */
export function claimBiggest<T extends Claimable>(jobs: T[], who: number): T | null {
  while (jobs.length) {
    const biggest = jobs.reduce((best, job, i) => (job.work > jobs[best]!.work ? i : best), 0);
    const [job] = jobs.splice(biggest, 1);
    if (Atomics.compareExchange(job!.claim, 0, UNCLAIMED, who) === UNCLAIMED) return job!;
  }
  return null;
}
