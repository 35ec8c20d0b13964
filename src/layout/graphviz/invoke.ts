// Step 2 of 3: run dot (Graphviz compiled to WebAssembly by @viz-js/viz). The module loads on first use, once.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Viz } from '@viz-js/viz';
import { packageRoot } from '../../paths.js';

type VizModule = typeof import('@viz-js/viz');

let instance: Promise<Viz> | null = null;

/** dot's layout of a DOT graph, as Graphviz's JSON output. */
export async function runDot(dot: string): Promise<DotJson> {
  instance ??= loadViz().then((m) => m.instance());
  return JSON.parse((await instance).renderString(dot, { format: 'json', engine: 'dot' })) as DotJson;
}

/** Set by the CLI bundle's build (scripts/build-cli.mjs) when `@viz-js/viz` in it is dist/viz.cjs. */
declare const NEONARCH_VIZ_BUNDLED: boolean | undefined;

/**
 * @viz-js/viz with its wasm in a file of its own (dist/viz.cjs and dist/graphviz.wasm, written by
 * scripts/build-graphviz.mjs): the package's script carries the 1 MB wasm as a string it decodes on
 * every load, ~20 ms of the first layout. Before a build, the package itself. In the CLI bundle,
 * dist/viz.cjs is part of the bundle, so V8's code cache of the bundle holds its functions too.
 */
async function loadViz(): Promise<VizModule> {
  if (typeof NEONARCH_VIZ_BUNDLED !== 'undefined' && NEONARCH_VIZ_BUNDLED) return import('@viz-js/viz');
  const split = join(packageRoot(), 'dist', 'viz.cjs');
  if (existsSync(split) && existsSync(join(packageRoot(), 'dist', 'graphviz.wasm'))) return createRequire(import.meta.url)(split) as VizModule;
  return import('@viz-js/viz');
}

/** The parts of Graphviz's JSON output we read (coordinates in points, y upwards). */
export interface DotJson {
  bb: string;
  objects?: { name: string; bb?: string; pos?: string }[];
  edges?: { id?: string; pos?: string; lp?: string }[];
}
