// npm run build, from build-cli.mjs: Graphviz's WebAssembly taken out of @viz-js/viz's script.
// viz.cjs carries the 1 MB wasm inside its JavaScript as one string literal that it decodes
// character by character on load: reading, parsing and decoding that cost the main thread ~20 ms of
// every first layout. This writes dist/graphviz.wasm (the same bytes) and dist/viz.cjs (viz's
// script, unchanged but for `findWasmBinary`, which now reads that file); src/layout/graphviz/
// invoke.ts loads them when they are there. Four examples, 21 interleaved runs, twice: 0.76 → 0.74 s
// and 0.73 → 0.70 s (docs/decisions/0010). Should a new viz build its glue differently, nothing is
// written and the layout loads @viz-js/viz as before.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const FIND = 'function findWasmBinary(){return binaryDecode(';

/**
 * Emscripten's `random_get` (WASI's entropy, ~8 calls of 16 bytes a layout) fills from Web
 * Crypto's `getRandomValues`, whose first use loads Node's webcrypto modules: ~5 ms of the first
 * layout, after the CLI's V8 flags (so compiled from source, decision 0011). Graphviz lays out the
 * same whatever the bytes (test/graphviz-split.test.ts), so the split script fills them from a
 * fixed xorshift stream instead: nothing to load, and the layout is reproducible by construction.
 */
const RANDOM_FILL = 'var initRandomFill=()=>view=>(crypto.getRandomValues(view),0);';
const FIXED_FILL = 'var initRandomFill=()=>{var s=2463534242;return view=>{for(var i=0;i<view.length;i++){s^=s<<13;s^=s>>>17;s^=s<<5;view[i]=s&255}return 0}};';

/** The wasm bytes of viz's `binaryDecode(literal)` and the script without them; null when the glue is not as expected. */
export function splitViz(source) {
  const at = source.indexOf(FIND);
  if (at < 0 || source.indexOf(FIND, at + 1) >= 0) return null;
  const open = at + FIND.length, quote = source[open];
  if (quote !== "'" && quote !== '"') return null;
  let end = open + 1;
  while (end < source.length && source[end] !== quote) end += source[end] === '\\' ? 2 : 1;
  if (!source.startsWith(')}', end + 1)) return null;
  // The literal as JavaScript reads it, then viz's own decoding of each character into a byte.
  const text = new Function(`return ${source.slice(open, end + 1)};`)();
  const wasm = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    wasm[i] = ~c >> 8 & c;
  }
  if (!wasm.subarray(0, 8).equals(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))) return null;
  const reader = "function findWasmBinary(){return new Uint8Array(require('node:fs').readFileSync(require('node:path').join(__dirname,'graphviz.wasm')))}";
  const script = source.slice(0, at) + reader + source.slice(end + 3);
  return { wasm, script: script.split(RANDOM_FILL).length === 2 ? script.replace(RANDOM_FILL, FIXED_FILL) : script };
}

export function buildGraphviz(root) {
  const dist = join(root, 'dist');
  rmSync(join(dist, 'viz.cjs'), { force: true });
  rmSync(join(dist, 'graphviz.wasm'), { force: true });
  const file = createRequire(join(root, 'package.json')).resolve('@viz-js/viz');
  const split = splitViz(readFileSync(file, 'utf8'));
  if (!split) {
    console.warn(`build-graphviz: ${file} does not hold its wasm as this script expects; layouts load @viz-js/viz as it is (~20 ms slower)`);
    return false;
  }
  writeFileSync(join(dist, 'graphviz.wasm'), split.wasm);
  writeFileSync(join(dist, 'viz.cjs'), split.script);
  return true;
}
