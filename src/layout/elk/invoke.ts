// Step 2 of 3: run ELK. One instance, created on first use, reused for every diagram.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import type { ELK, ELKConstructorArguments, ElkNode } from 'elkjs/lib/elk-api.js';
import { cacheDir, writeCacheFile } from '../../cache-dir.js';

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;

const require = createRequire(import.meta.url);
let instance: ELK | null = null;
let saveCodeCache: (() => void) | null = null;

// elkjs is 1.6 MB of generated JavaScript: compiling it costs ~70 ms and its first layout ~100 ms more
// of lazy compilation. V8's code cache, written after the first layout, keeps that bytecode for the
// next process (measured: compile 70 → 12 ms, first layout 166 → 115 ms). V8 rejects a cache made by
// another V8 version or build, and then we simply compile and write a new one.
function loadElk(): ElkConstructor {
  const file = require.resolve('elkjs/lib/elk.bundled.js');
  const dir = cacheDir();
  const cacheFile = dir ? join(dir, `elk-${elkVersion()}-${process.version}-${process.arch}.v8cache`) : null;
  const cachedData = cacheFile && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) saveCodeCache = () => writeCacheFile(cacheFile, script.createCachedData());
  const module = { exports: {} as unknown };
  script.runInThisContext()(module.exports, require, module, file, join(file, '..'));
  return module.exports as ElkConstructor;
}

function elkVersion(): string {
  return JSON.parse(readFileSync(require.resolve('elkjs/package.json'), 'utf8')).version;
}

function createElk(): ELK {
  // only the layered algorithm: the first layout gets ~40 ms faster
  return new (loadElk())({ algorithms: ['layered'] });
}

/** Lays out an ELK graph; the result is a new graph with positions and edge routes. */
export async function runElk(graph: ElkNode): Promise<ElkNode> {
  instance ??= createElk();
  const result = await instance.layout(graph);
  saveCodeCache?.();
  saveCodeCache = null;
  return result;
}
