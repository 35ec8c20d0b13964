// Graphviz's wasm taken out of @viz-js/viz's script at build time (scripts/build-graphviz.mjs):
// the split module lays out exactly as the package does, and a glue it does not know is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';

type VizModule = typeof import('@viz-js/viz');
const require = createRequire(import.meta.url);
const split = join(packageRoot(), 'dist', 'viz.cjs');
const script = pathToFileURL(join(packageRoot(), 'scripts', 'build-graphviz.mjs')).href;

const DOT = 'digraph { rankdir=TB; subgraph cluster_a { label="A"; a; b } c [shape=box, width=2]; a -> b; b -> c [label="x"]; a -> c }';

test('the build wrote the wasm beside a viz script that reads it', () => {
  assert.ok(existsSync(split), 'dist/viz.cjs');
  const wasm = readFileSync(join(packageRoot(), 'dist', 'graphviz.wasm'));
  assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  assert.ok(readFileSync(split).length < 200_000, 'the script without its 1 MB string');
});

test('the split module lays out exactly as @viz-js/viz', async () => {
  const own = await (require(split) as VizModule).instance();
  const pkg = await (require('@viz-js/viz') as VizModule).instance();
  assert.equal(own.graphvizVersion, pkg.graphvizVersion);
  assert.equal(own.renderString(DOT, { format: 'json' }), pkg.renderString(DOT, { format: 'json' }));
});

test("the split script draws Graphviz's entropy from a fixed stream, not Web Crypto", () => {
  const text = readFileSync(split, 'utf8');
  assert.ok(!text.includes('crypto.getRandomValues'), 'no webcrypto for random_get');
  assert.ok(text.includes('var initRandomFill=()=>{var s=2463534242;'), 'the fixed xorshift fill');
});

test('a viz script whose wasm is not where the build looks is left alone', async () => {
  const { splitViz } = (await import(script)) as { splitViz(source: string): unknown };
  assert.equal(splitViz('function findWasmBinary(){return "viz.wasm"}'), null);
  assert.equal(splitViz("function findWasmBinary(){return binaryDecode('not wasm')}"), null);
  const glue = readFileSync(require.resolve('@viz-js/viz'), 'utf8');
  assert.ok(splitViz(glue));
});

test("the CLI bundle carries the split viz script, so the bundle's code cache holds its functions", () => {
  const bundle = readFileSync(join(packageRoot(), 'dist', 'neonarch.cjs'), 'latin1');
  assert.ok(bundle.includes('// dist/viz.cjs\n'), 'dist/viz.cjs inside dist/neonarch.cjs');
  assert.ok(!bundle.includes('require("@viz-js/viz")'), 'no @viz-js/viz loaded beside the bundle');
});
