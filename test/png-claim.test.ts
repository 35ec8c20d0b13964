// png-claim.ts: who draws which band. A thread goes on down its own PNG, starts the biggest PNG
// nobody has started, then helps from the bottom with the PNG that has the most left; each band is
// claimed by exactly one thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { CANCELLED, UNCLAIMED, cancel, claimBand, newClaim, unclaimedBands, type Claimable, type Turn } from '../src/render/png-claim.js';

type Job = Claimable & { name: string };
const job = (name: string, work: number, bands: number): Job => ({ name, work, claim: newClaim(bands) });
const where = (t: Turn<Job> | null): string => (t ? `${t.job.name}:${t.band}${t.fromBottom ? '↑' : ''}` : 'none');

test('a thread starts the biggest PNG and goes on down it, band by band', () => {
  const [a, b] = [job('a', 3, 2), job('b', 8, 3)];
  const jobs = [a, b];
  let turn = claimBand(jobs, 1, null);
  assert.equal(where(turn), 'b:0');
  turn = claimBand(jobs, 1, turn);
  assert.equal(where(turn), 'b:1');
  assert.equal(Atomics.load(b.claim, 1), 1);
  assert.equal(unclaimedBands(b), 1);
});

test('a second thread starts another PNG, then helps with the one most left from the bottom up', () => {
  const [a, b] = [job('a', 9, 4), job('b', 2, 1)];
  const jobs = [a, b];
  assert.equal(where(claimBand(jobs, 1, null)), 'a:0');
  let other = claimBand(jobs, -1, null);
  assert.equal(where(other), 'b:0', 'the PNG nobody has started comes first');
  other = claimBand(jobs, -1, other);
  assert.equal(where(other), 'a:3↑');
  other = claimBand(jobs, -1, other);
  assert.equal(where(other), 'a:2↑');
  assert.equal(where(claimBand(jobs, 1, { job: a, band: 0, fromBottom: false })), 'a:1');
  assert.equal(claimBand(jobs, 1, null), null);
  assert.equal(jobs.length, 0, 'PNGs with nothing left to claim are taken out');
});

test('a cancelled PNG has nothing left to claim, and a claim is never overwritten', () => {
  const a = job('a', 5, 3);
  Atomics.store(a.claim, 0, 7);
  cancel(a);
  assert.deepEqual([...a.claim], [7, CANCELLED, CANCELLED]);
  assert.equal(claimBand([a], 1, null), null);
  assert.equal(UNCLAIMED, 0);
});

test('two threads racing over the same bands claim each exactly once', async () => {
  const jobs = Array.from({ length: 40 }, (_, i) => job(`j${i}`, (i * 7) % 13 + 1, (i % 5) + 1));
  const total = jobs.reduce((n, j) => n + j.claim.length, 0);
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let n = 0;
     for (const claim of workerData) for (let i = claim.length - 1; i >= 0; i--) if (Atomics.compareExchange(claim, i, 0, 7) === 0) n++;
     parentPort.postMessage(n);`,
    { eval: true, workerData: jobs.map((j) => j.claim) },
  );
  const theirs = new Promise<number>((done) => worker.once('message', done));
  let mine = 0;
  const list = [...jobs];
  for (let turn = claimBand(list, 3, null); turn; turn = claimBand(list, 3, turn)) mine++;
  const counted = (await theirs) + mine;
  await worker.terminate();
  assert.equal(counted, total);
  assert.ok(jobs.every((j) => [...j.claim].every((c) => c === 3 || c === 7)));
});
