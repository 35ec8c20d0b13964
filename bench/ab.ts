// Two builds of neonarch against each other: `npm run bench:ab -- OTHER [RUNS] [-- RENDER ARGS]`.
// OTHER is another checkout (or worktree) that has been built (`npm run build` there). Each round
// runs `neonarch render` of the four examples once per build, in a fresh process with an empty
// layout cache, alternating which build goes first; medians of wall time and of CPU (user + system,
// from the OS) come out side by side. Our VMs swing by a quarter within an hour, so only such
// interleaved runs say whether a change made a render faster (docs/decisions/0004, sixth session).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { packageRoot } from '../src/paths.js';

interface Sample {
  wall: number;
  cpu: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quartile = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 4)]!;

/** One render by the build in `root`, timed from outside by /usr/bin/time when it is there (CPU of every thread), else wall time only. */
function once(root: string, args: string[]): Sample {
  const out = mkdtempSync(join(tmpdir(), 'neonarch-ab-'));
  const cache = mkdtempSync(join(tmpdir(), 'neonarch-ab-cache-'));
  // The bin file itself, as a shell runs `neonarch` (its first lines decide how Node starts), with this Node first on PATH.
  const cmd = [join(root, 'bin', 'neonarch.js'), 'render', '-o', out, ...args];
  const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NEONARCH_CACHE_DIR: cache };
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%e %U %S', ...cmd], { encoding: 'utf8', env })
    : spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env });
  const wall = (performance.now() - start) / 1000;
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${root}: render failed\n${r.stderr}`);
  if (!timed) return { wall, cpu: NaN };
  // Wall time to the millisecond from here (time's own %e has 10 ms steps); CPU from time.
  const [, user, system] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  return { wall, cpu: user + system };
}

function main(argv: string[]): void {
  const split = argv.indexOf('--');
  const [other, runsArg] = split < 0 ? argv : argv.slice(0, split);
  const renderArgs = split < 0 ? [] : argv.slice(split + 1);
  if (!other) throw new Error('usage: npm run bench:ab -- OTHER-CHECKOUT [RUNS] [-- RENDER ARGS]');
  const builds = [packageRoot(), resolve(other)];
  for (const root of builds) if (!existsSync(join(root, 'dist', 'neonarch.cjs'))) throw new Error(`${root} is not built: run npm run build there`);
  const runs = Number(runsArg ?? 15);
  const samples: Sample[][] = [[], []];
  for (const root of builds) once(root, renderArgs); // each build's files into the page cache once
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const b of order) samples[b]!.push(once(builds[b]!, renderArgs));
  }
  for (const [b, root] of builds.entries()) {
    const wall = samples[b]!.map((s) => s.wall), cpu = samples[b]!.map((s) => s.cpu);
    console.log(`${b === 0 ? 'this  ' : 'other '} ${root}: median ${median(wall).toFixed(3)} s, lower quartile ${quartile(wall).toFixed(3)} s, CPU ${median(cpu).toFixed(2)} s (${runs} interleaved runs)`);
  }
  // Each round ran both builds back to back, so their difference in a round is less at the mercy
  // of the machine's swings than either median.
  const diffs = samples[0]!.map((s, i) => s.wall - samples[1]![i]!.wall);
  const faster = diffs.filter((d) => d < 0).length;
  console.log(`this - other, per round: median ${(median(diffs) * 1000).toFixed(0)} ms, lower quartile ${(quartile(diffs) * 1000).toFixed(0)} ms; this faster in ${faster} of ${runs} rounds`);
}

main(process.argv.slice(2));
