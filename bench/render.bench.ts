// Speed of the whole `neonarch render` of the four examples to SVG+PNG, cold from the shell (the bin
// file started as a shell starts it),
// against the old Python generator (0.58 s on this machine). Prints the figures and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { packageRoot } from '../src/paths.js';
import { loadModel } from '../src/model/index.js';
import { layoutModel } from '../src/layout/index.js';
import { getTheme } from '../src/theme/index.js';
import { renderSvg } from '../src/render/svg.js';
import { renderPngAsync } from '../src/render/png.js';
import { oldGeneratorStandIn } from './old-generator.js';

const OLD_GENERATOR_SECONDS = 0.58;
const TARGET_SECONDS = 0.25;
const RUNS = 9;

/**
 * How the command is started. `shell`: the bin file itself, as a shell runs `neonarch` (npm's .bin
 * link, a global install): through its `#!/bin/sh` line, which starts Node without
 * NODE_EXTRA_CA_CERTS (bin/neonarch.js, decision 0009). `node`: `node bin/neonarch.js`, as the
 * tests and earlier sessions' figures ran it; Node then parses the CA bundle that variable names,
 * where it is set (this workplace's machines set it: ~40 ms of every start). `node` on PATH is
 * this Node, as it is a user's.
 */
type Launch = 'shell' | 'node';
const BIN = join(packageRoot(), 'bin', 'neonarch.js');
const ENV: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
const launch = (how: Launch, args: string[]): [string, string[]] => (how === 'shell' ? [BIN, args] : [process.execPath, [BIN, ...args]]);

/** This environment without NODE_EXTRA_CA_CERTS, when it sets one: what `node -e 0` costs without it. */
const WITHOUT_EXTRA_CA: NodeJS.ProcessEnv | null = process.env.NODE_EXTRA_CA_CERTS ? Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS')) : null;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): number => Math.round(x * 10) / 10;

// A fresh process each run. `emptyCache`: a new cache folder every run, so every model is laid out
// (a first render ever; the engine's code cache, built into dist/ by `npm run build`, is there as
// after any install); otherwise one cache folder, warmed by a first run: with
// `extra = ['--no-cache']` every model is laid out afresh (new models), else layouts are reused (re-renders).
// Several ways of starting it are run round by round, so a swing of the machine's speed falls on all alike.
function coldCli(emptyCache: boolean, extra: string[] = [], hows: Launch[] = ['shell']): number[][] {
  const shared = mkdtempSync(join(tmpdir(), 'neonarch-bench-cache-'));
  if (!emptyCache) spawnSync(...launch('shell', ['render', '-o', shared, '--force']), { env: { ...ENV, NEONARCH_CACHE_DIR: shared } });
  const times: number[][] = hows.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, how] of hows.entries()) {
      const out = mkdtempSync(join(tmpdir(), 'neonarch-bench-'));
      const cache = emptyCache ? mkdtempSync(join(tmpdir(), 'neonarch-bench-cache-')) : shared;
      const start = performance.now();
      const r = spawnSync(...launch(how, ['render', '-o', out, '--force', ...extra]), { encoding: 'utf8', env: { ...ENV, NEONARCH_CACHE_DIR: cache } });
      times[i]!.push(performance.now() - start);
      rmSync(out, { recursive: true, force: true });
      if (emptyCache) rmSync(cache, { recursive: true, force: true });
      if (r.status !== 0) throw new Error(`render failed: ${r.stderr}`);
    }
  }
  return times;
}

// Each stage of each example once, one after another in this process; the PNG in a PNG worker as
// the CLI draws it (the first one also starts the worker).
async function stages(): Promise<Record<string, Record<string, number>>> {
  const theme = getTheme('dark-neon')!;
  const out: Record<string, Record<string, number>> = {};
  for (const system of BUILT_IN_SYSTEMS) {
    const text = readFileSync(exampleFile(system), 'utf8');
    const t0 = performance.now();
    const model = loadModel(text, system).value!;
    const t1 = performance.now();
    const scene = await layoutModel(model);
    const t2 = performance.now();
    const svg = renderSvg(scene, theme);
    const t3 = performance.now();
    await renderPngAsync(svg);
    const t4 = performance.now();
    out[system] = { model: ms(t1 - t0), layout: ms(t2 - t1), svg: ms(t3 - t2), png: ms(t4 - t3) };
  }
  return out;
}

/**
 * How fast this machine is today, to read the figures against: this VM's speed swings by half
 * from one day to the next, mostly in what it charges for the first touch of a page (4–9 µs).
 */
function machine(): { nodeStartSeconds: number; nodeStartSecondsWithoutExtraCaCerts: number | null; pageTouchMicroseconds: number } {
  const nodeStart = (env: NodeJS.ProcessEnv): number => {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return performance.now() - start;
  };
  const starts = Array.from({ length: RUNS }, () => nodeStart(process.env));
  const withoutCa = WITHOUT_EXTRA_CA ? Array.from({ length: RUNS }, () => nodeStart(WITHOUT_EXTRA_CA)) : null;
  const touches = Array.from({ length: 5 }, () => {
    const pages = 8192; // 32 MB, fresh each time
    const start = performance.now();
    const buffer = Buffer.allocUnsafeSlow(pages * 4096);
    for (let i = 0; i < buffer.length; i += 4096) buffer[i] = 1;
    return ((performance.now() - start) * 1000) / pages;
  });
  return {
    nodeStartSeconds: Math.round(median(starts)) / 1000,
    nodeStartSecondsWithoutExtraCaCerts: withoutCa && Math.round(median(withoutCa)) / 1000,
    pageTouchMicroseconds: Math.round(median(touches) * 100) / 100,
  };
}

function summary(runs: number[]) {
  const seconds = median(runs) / 1000;
  return {
    medianSeconds: Math.round(seconds * 1000) / 1000,
    minSeconds: Math.round(Math.min(...runs)) / 1000,
    speedupOverOld: Math.round((OLD_GENERATOR_SECONDS / seconds) * 100) / 100,
  };
}

const [firstEverRuns, firstEverNodeRuns] = coldCli(true, [], ['shell', 'node']);
const firstEver = summary(firstEverRuns!);
const standIn = oldGeneratorStandIn(RUNS);
const newModels = summary(coldCli(false, ['--no-cache'])[0]!);
const rerender = summary(coldCli(false)[0]!);
const inProcess = await stages();
const today = machine();
const result = {
  what: 'neonarch render (4 examples, SVG+PNG at 2x), a fresh process each run started as a shell starts bin/neonarch.js, wall time',
  runs: RUNS,
  emptyCache: firstEver,
  newModelsWarmCache: newModels,
  warmLayoutCache: rerender,
  oldGeneratorSeconds: OLD_GENERATOR_SECONDS,
  // bench/old-generator.ts: Python and Graphviz's dot on the four systems today, or null without them.
  oldGeneratorStandInSeconds: standIn ? Math.round(median(standIn)) / 1000 : null,
  targetSeconds: TARGET_SECONDS,
  // The environment's NODE_EXTRA_CA_CERTS, and the first render as `node bin/neonarch.js` (see Launch), run by run alongside.
  nodeExtraCaCerts: process.env.NODE_EXTRA_CA_CERTS ?? null,
  emptyCacheAsNodeBin: summary(firstEverNodeRuns!),
  firstPassStagesMs: inProcess,
  machine: today,
  node: process.version,
  cpus: availableParallelism(),
};
writeFileSync(join(packageRoot(), 'bench', 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
const cases = [['empty cache (first render ever)', firstEver], ['new models (cache folder warm, no layout cached)', newModels], ['warm layout cache (re-render)', rerender]] as const;
for (const [what, r] of cases) {
  const verdict = r.medianSeconds < OLD_GENERATOR_SECONDS ? 'faster' : 'SLOWER';
  const target = r.medianSeconds <= TARGET_SECONDS ? 'met' : 'not met';
  console.log(`${what}: median ${r.medianSeconds} s over ${RUNS} runs (min ${r.minSeconds} s); old generator ${OLD_GENERATOR_SECONDS} s → ${r.speedupOverOld}× ${verdict}; target ${TARGET_SECONDS} s ${target}`);
}
console.log('first pass in one process, ms per stage:', JSON.stringify(inProcess));
if (standIn) console.log(`stand-in for the old generator today (python3 running dot -Tpng on the four systems, no icons): median ${Math.round(median(standIn)) / 1000} s; neonarch's first render is ${Math.round((firstEver.medianSeconds * 1000) / median(standIn) * 100) / 100}× its time`);
else console.log('stand-in for the old generator: skipped (needs python3 and Debian\'s graphviz)');
console.log(`this machine today: \`node -e 0\` ${today.nodeStartSeconds} s, first touch of a 4 KB page ${today.pageTouchMicroseconds} µs`);
const asNode = result.emptyCacheAsNodeBin;
console.log(`for reference, the first render as \`node bin/neonarch.js\` (how the figures before the twelfth session were taken), run by run alongside: median ${asNode.medianSeconds} s (min ${asNode.minSeconds} s)`);
if (WITHOUT_EXTRA_CA) console.log(`NODE_EXTRA_CA_CERTS is set here (${process.env.NODE_EXTRA_CA_CERTS}): Node parses that CA bundle as it starts, unless bin/neonarch.js's shell line clears it; \`node -e 0\` takes ${today.nodeStartSecondsWithoutExtraCaCerts} s without it`);
