// Loads the bundled CLI (dist/neonarch.cjs) through V8 with the code cache `npm run build` made by
// running it once (dist/neonarch.v8cache): the bundle is not compiled again, nor are the functions
// a render needs, so a cold `neonarch` start skips ~50-80 ms of compiling. A cache from another
// Node (V8 refuses it) or none at all only means compiling as usual.
//
// CommonJS (bin/package.json), like bin/neonarch.js: an ES module entry point has Node start its ES
// module loader first, ~14 ms of every start (an empty .mjs against an empty .cjs, medians of 25).
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundleFile = join(dist, 'neonarch.cjs');
const codeCacheFile = join(dist, 'neonarch.v8cache');
const builtinsFile = join(dist, 'neonarch.builtins.json');

/**
 * V8 tuned for a command that runs for a second, not a server that runs for days: a 22× larger
 * budget before a JS function is optimised, and ~1100× before Graphviz's wasm is compiled again by
 * the optimising tier, which in practice keeps dot on Liftoff: even a 1000-node model's dot runs
 * ~0.3 s, too short for TurboFan's compile to pay off. A render of the four examples otherwise
 * spends ~0.3 s of its ~1.3 s of CPU in TurboFan on code it runs a few times (docs/decisions/0011).
 * Set before the bundle compiles: V8 takes a code cache only under the flags that made it.
 */
const V8_FLAGS = ['--interrupt-budget=1500000', '--wasm-tiering-budget=2000000000'];

/** The CLI's exports and the script they came from (for a code cache of it). */
function loadCli({ useCache = true } = {}) {
  // Node compiles its built-in modules from its own code cache, which V8 takes only under default
  // flags: loaded after the flags are set, the ~80 the bundle needs take ~12 ms longer to start.
  const bundleRequire = createRequire(bundleFile);
  if (existsSync(builtinsFile)) for (const id of JSON.parse(readFileSync(builtinsFile, 'utf8'))) bundleRequire(id);
  v8.setFlagsFromString(V8_FLAGS.join(' '));
  const cachedData = useCache && existsSync(codeCacheFile) ? readFileSync(codeCacheFile) : undefined;
  // The build wrote the bundle inside its module wrapper, in ASCII (test/bin-load.test.ts): read as
  // latin1, it becomes V8's one-byte string as it is, with no UTF-8 decoding.
  const source = readFileSync(bundleFile, 'latin1');
  const script = new vm.Script(source, { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire, module, bundleFile, dist);
  return { cli: module.exports, script };
}

module.exports = { bundleFile, codeCacheFile, builtinsFile, V8_FLAGS, loadCli };
