// png-claim.ts: the biggest unclaimed PNG goes to whichever thread claims first, exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { UNCLAIMED, claimBiggest, newClaim, unclaimed, type Claimable } from '../src/render/png-claim.js';

const job = (work: number): Claimable & { name: string } => ({ name: `w${work}`, work, claim: newClaim() });

test('the biggest unclaimed job is claimed first, and taken out of the list', () => {
  const jobs = [job(3), job(8), job(5)];
  const first = claimBiggest(jobs, 1)!;
  assert.equal(first.name, 'w8');
  assert.equal(Atomics.load(first.claim, 0), 1);
  assert.deepEqual(jobs.map((j) => j.name), ['w3', 'w5']);
  assert.ok(unclaimed(jobs[0]!) && !unclaimed(first));
});

test('jobs another thread claimed are skipped and dropped; none left gives null', () => {
  const [a, b, c] = [job(9), job(4), job(6)];
  Atomics.store(a.claim, 0, -1);
  const mine = [a, b, c];
  assert.equal(claimBiggest(mine, 2)!.name, 'w6');
  assert.deepEqual(mine.map((j) => j.name), ['w4']);
  Atomics.store(b.claim, 0, -1);
  assert.equal(claimBiggest(mine, 2), null);
  assert.equal(mine.length, 0);
  assert.equal(Atomics.load(a.claim, 0), -1, 'a claim is never overwritten');
  assert.equal(UNCLAIMED, 0);
});

test('two threads racing for the same jobs claim each exactly once', async () => {
  const jobs = Array.from({ length: 200 }, (_, i) => job(i % 17));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let n = 0;
     for (const claim of workerData) if (Atomics.compareExchange(claim, 0, 0, 7) === 0) n++;
     parentPort.postMessage(n);`,
    { eval: true, workerData: jobs.map((j) => j.claim) },
  );
  const theirs = new Promise<number>((done) => worker.once('message', done));
  let mine = 0;
  const list = [...jobs];
  while (claimBiggest(list, 3)) mine++;
  const counted = (await theirs) + mine;
  await worker.terminate();
  assert.equal(counted, jobs.length);
  assert.ok(jobs.every((j) => [3, 7].includes(Atomics.load(j.claim, 0))));
});
