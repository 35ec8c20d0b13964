// npm run build, after tsc: bundles the CLI into dist/neonarch.cjs (one function expression, the
// module wrapper around the bundle), which bin/neonarch.js runs,
// then runs it once on the examples and saves V8's code cache of it (dist/neonarch.v8cache).
// One file instead of ~290 ES modules cuts start-up from ~130 ms of module loading to ~50 ms
// (measured with `node -e "import(...)"` on this machine); native and large packages stay external.
// CommonJS, because only a classic script takes V8's code cache in Node 20 (vm.Script cachedData).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { build } from 'esbuild';
import { buildGraphviz } from './build-graphviz.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const URL_BANNER = "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;";
/** One CommonJS file for Node from an entry of the tsc output; import.meta.url as the ES modules had it. */
function bundle(entry, outfile, external, { define = {}, ...more } = {}) {
  return build({
    entryPoints: [join(root, 'dist', 'src', ...entry)],
    outfile: join(root, 'dist', outfile),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    define: { 'import.meta.url': '__bundleUrl', ...define },
    banner: { js: URL_BANNER },
    logLevel: 'warning',
    ...more,
  });
}

// import() becomes require, which a classic script can call. The file is written as the function
// Node's CommonJS loader would wrap it in, so bin/load-cli.js compiles it as it reads it: no second
// 0.8 MB string made by concatenation and flattened again before V8 looks up its code cache
// (reading and compiling it with its code cache: 25 -> 19 ms, medians of 5 starts).
const wrapper = { start: '(function (exports, require, module, __filename, __dirname) {', end: '\n})' };
// Graphviz's wasm out of viz's script (scripts/build-graphviz.mjs); the rest of viz's script then goes
// into the bundle, and so into its code cache.
const vizSplit = buildGraphviz(root);
// The YAML library stays out too: only a syntax error or YAML the fast reading leaves to it loads
// it (src/parse/library.ts), and its 0.26 MB were a quarter of what every start read (decision 0012).
const { metafile } = await bundle(['cli', 'main.js'], 'neonarch.cjs', ['@resvg/resvg-js', 'elkjs', 'yaml', ...(vizSplit ? [] : ['@viz-js/viz'])], {
  ...(vizSplit ? { alias: { '@viz-js/viz': join(root, 'dist', 'viz.cjs') }, define: { NEONARCH_VIZ_BUNDLED: 'true' } } : {}),
  supported: { 'dynamic-import': false },
  metafile: true,
  banner: { js: `${wrapper.start}${URL_BANNER}` },
  footer: { js: wrapper.end },
});

// The Node built-ins the bundle requires as it loads, for bin/load-cli.js to load before it sets V8's
// flags: Node's own code cache of them is taken only under default flags. Not those only some
// commands import when they run (node:http, for `serve`): every start would pay for them.
const builtins = Object.values(metafile.inputs).flatMap((i) => i.imports).filter((i) => i.external && isBuiltin(i.path) && i.kind !== 'dynamic-import').map((i) => i.path);
writeFileSync(join(root, 'dist', 'neonarch.builtins.json'), `${JSON.stringify([...new Set(builtins)].sort())}\n`);

// The bundle's SHA-256, for the layout cache's key (src/layout-cache.ts): the CLI then need not
// read and hash its own 1.5 MB on every start (~8 ms of a cold one).
writeFileSync(join(root, 'dist', 'neonarch.cjs.sha256'), `${createHash('sha256').update(readFileSync(join(root, 'dist', 'neonarch.cjs'))).digest('hex')}\n`);

// The PNG worker as one CommonJS file too (src/render/png-pool.ts starts it): a worker loading
// ES modules first boots Node's ES module loader, whose built-ins it must compile from source
// under the CLI's V8 flags (decision 0011); as one script it is ready ~12 ms sooner, for ~12 ms
// less CPU (6 starts each, medians). resvg and its bindings stay external (native).
await bundle(['render', 'png-worker.js'], 'png-worker.cjs', ['@resvg/*']);

// Without the code cache the CLI only starts slower, so a failed warm-up is a warning, not a failed build.
const warm = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
if (warm.status !== 0) console.warn('build-cli: no V8 code cache written (the warm-up render failed); the CLI works, it only starts slower');
