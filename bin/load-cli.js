// Loads the bundled CLI (dist/neonarch.cjs) through V8 with the code cache `npm run build` made by
// running it once (dist/neonarch.v8cache): the bundle is not compiled again, nor are the functions
// a render needs, so a cold `neonarch` start skips ~50-80 ms of compiling. A cache from another
// Node (V8 refuses it) or none at all only means compiling as usual.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const bundleFile = fileURLToPath(new URL('../dist/neonarch.cjs', import.meta.url));
export const codeCacheFile = fileURLToPath(new URL('../dist/neonarch.v8cache', import.meta.url));

/** The CLI's exports and the script they came from (for a code cache of it). */
export function loadCli({ useCache = true } = {}) {
  const cachedData = useCache && existsSync(codeCacheFile) ? readFileSync(codeCacheFile) : undefined;
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundleFile, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, fileURLToPath(new URL('../dist', import.meta.url)));
  return { cli: module.exports, script };
}
