// npm run build, after tsc: bundles the CLI into dist/neonarch.cjs, which bin/neonarch.js runs,
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
const { metafile } = await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'main.js')],
  outfile: join(root, 'dist', 'neonarch.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['@resvg/resvg-js', 'elkjs', '@viz-js/viz'],
  // import.meta.url as the ES modules had it; import() becomes require, which a classic script can call.
  define: { 'import.meta.url': '__neonarchUrl' },
  banner: { js: "const __neonarchUrl = require('node:url').pathToFileURL(__filename).href;" },
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  metafile: true,
});

// The Node built-ins the bundle requires, for bin/load-cli.js to load before it sets V8's flags:
// Node's own code cache of them is taken only under default flags.
const builtins = Object.values(metafile.outputs).flatMap((o) => o.imports).filter((i) => i.external && isBuiltin(i.path)).map((i) => i.path);
writeFileSync(join(root, 'dist', 'neonarch.builtins.json'), `${JSON.stringify([...new Set(builtins)].sort())}\n`);

// The bundle's SHA-256, for the layout cache's key (src/layout-cache.ts): the CLI then need not
// read and hash its own 1.5 MB on every start (~8 ms of a cold one).
writeFileSync(join(root, 'dist', 'neonarch.cjs.sha256'), `${createHash('sha256').update(readFileSync(join(root, 'dist', 'neonarch.cjs'))).digest('hex')}\n`);

// The PNG worker as one CommonJS file too (src/render/png-pool.ts starts it): a worker loading
// ES modules first boots Node's ES module loader, whose built-ins it must compile from source
// under the CLI's V8 flags (decision 0011); as one script it is ready ~12 ms sooner, for ~12 ms
// less CPU (6 starts each, medians). resvg and its bindings stay external (native).
await build({
  entryPoints: [join(root, 'dist', 'src', 'render', 'png-worker.js')],
  outfile: join(root, 'dist', 'png-worker.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['@resvg/*'],
  define: { 'import.meta.url': '__workerUrl' },
  banner: { js: "const __workerUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// Graphviz's wasm out of viz's script (scripts/build-graphviz.mjs), before the warm-up below uses it.
buildGraphviz(root);

// Without the code cache the CLI only starts slower, so a failed warm-up is a warning, not a failed build.
const warm = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
if (warm.status !== 0) console.warn('build-cli: no V8 code cache written (the warm-up render failed); the CLI works, it only starts slower');
