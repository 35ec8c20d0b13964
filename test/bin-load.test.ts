// The CLI as bin/neonarch.js starts it: the bundle through V8 with the code cache the build wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isBuiltin } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';

interface Loaded { cli: { run(argv: string[], io?: unknown): Promise<number> }; script: { cachedDataRejected?: boolean } }
const { loadCli, codeCacheFile, bundleFile, builtinsFile } = (await import(pathToFileURL(join(packageRoot(), 'bin', 'load-cli.js')).href)) as {
  loadCli(options?: { useCache?: boolean }): Loaded;
  codeCacheFile: string;
  bundleFile: string;
  builtinsFile: string;
};

const quiet = { out: () => {}, err: () => {}, cwd: packageRoot(), color: false };

test('the build leaves a code cache that V8 takes for the bundle', async () => {
  assert.ok(existsSync(codeCacheFile), 'npm run build writes dist/neonarch.v8cache');
  const { cli, script } = loadCli();
  assert.equal(script.cachedDataRejected, false);
  assert.equal(await cli.run(['--version'], quiet), 0);
});

test('the bundle is ASCII, so V8 holds its source as one byte a character, not two', () => {
  // One character past U+007F anywhere (a regex literal keeps it as written) doubles the 1.5 MB string.
  const bytes = readFileSync(bundleFile);
  const first = bytes.findIndex((b) => b > 0x7f);
  assert.equal(first, -1, `non-ASCII byte at ${first}: ${bytes.subarray(Math.max(0, first - 40), first + 10).toString('utf8')}`);
});

test('the bundle is written inside its module wrapper, so loadCli compiles the file as it reads it', () => {
  const source = readFileSync(bundleFile, 'latin1');
  assert.ok(source.startsWith('(function (exports, require, module, __filename, __dirname) {'));
  assert.ok(source.trimEnd().endsWith('\n})'));
});

test("the build writes the bundle's SHA-256 beside it, which the layout cache keys on", () => {
  const hash = createHash('sha256').update(readFileSync(bundleFile)).digest('hex');
  assert.equal(readFileSync(`${bundleFile}.sha256`, 'utf8').trim(), hash);
});

test('without the code cache the bundle runs the same', async () => {
  const { cli, script } = loadCli({ useCache: false });
  assert.equal(script.cachedDataRejected, undefined);
  assert.equal(await cli.run(['check', join(packageRoot(), 'examples', 'docker-debian.arch.yaml')], quiet), 0);
});

test('the built-ins loaded before the V8 flags are set are every one the bundle requires', () => {
  // Node's code cache of its built-ins is taken only under default flags (bin/load-cli.js).
  // Not those a command imports only when it runs (esbuild's form of `await import('node:http')`).
  const bundle = readFileSync(bundleFile, 'utf8');
  const lazy = new Set([...bundle.matchAll(/then\(\(\) => __toESM\(require\("([^"]+)"\)/g)].map((m) => m[1]!));
  const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!).filter((id) => isBuiltin(id) && !lazy.has(id)));
  assert.ok(lazy.has('node:http'), 'the server loads node:http when it starts');
  assert.deepEqual(JSON.parse(readFileSync(builtinsFile, 'utf8')), [...required].sort());
});

test('a render loads neither the http stack the server needs, nor node:crypto, nor fs/promises, with its layout cache on', () => {
  // A script file, not \`node -e\`: Node's -e loads node:crypto for every script it runs.
  const dir = mkdtempSync(join(tmpdir(), 'neonarch-bin-load-'));
  const script = join(dir, 'render.cjs');
  writeFileSync(script, `const { loadCli } = require(${JSON.stringify(join(packageRoot(), 'bin', 'load-cli.js'))});
loadCli().cli.run(['render', '--system', 'docker-debian', '--format', 'svg', '-o', ${JSON.stringify(join(dir, 'out'))}], { out() {}, err() {}, cwd: process.cwd(), color: false })
  .then((code) => console.log(code, ['http', 'crypto', 'internal/fs/promises'].filter((m) => process.moduleLoadList.includes('NativeModule ' + m)).join(',') || 'neither'));`);
  try {
    const cache = { ...process.env, NEONARCH_CACHE: 'on', NEONARCH_CACHE_DIR: join(dir, 'cache') };
    for (const round of ['lays out', 'reads the cache']) {
      const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: cache });
      assert.equal(r.stdout.trim(), '0 neither', `${round}: ${r.stderr}`);
    }
    assert.equal(readdirSync(join(dir, 'cache', 'layout')).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the V8 flags the CLI sets are ones this V8 knows: nothing on stderr', () => {
  const r = spawnSync(process.execPath, [join(packageRoot(), 'bin', 'neonarch.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});

// bin/neonarch.js run as a program (npm's .bin link, a global install) goes through sh, which
// starts Node on it without NODE_EXTRA_CA_CERTS. A CA file that cannot be read shows whether Node
// was asked to load it: Node warns on stderr when it is.
test('run from a shell, the bin starts Node without NODE_EXTRA_CA_CERTS and with malloc tunables, through a link, with its arguments intact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'neonarch-bin-'));
  try {
    const link = join(dir, 'node_modules', '.bin', 'neonarch');
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(packageRoot(), 'bin', 'neonarch.js'), link);
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NODE_EXTRA_CA_CERTS: join(dir, 'no-such-ca.pem') };
    const viaNode = spawnSync(process.execPath, [link, '--version'], { encoding: 'utf8', env });
    assert.match(viaNode.stderr, /extra certs/, 'node itself loads the CA file, so the test can tell');

    const version = spawnSync(link, ['--version'], { encoding: 'utf8', env });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stderr, '');
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version);

    // A path with spaces, quotes and a dollar sign reaches the CLI as one argument; the exit code comes back.
    const model = join(dir, `a "b" $HOME 'c'.arch.yaml`);
    writeFileSync(model, 'title: T\nnodes:\n  - id: a\nedges:\n  - a -> nope\n');
    const check = spawnSync(link, ['check', model], { encoding: 'utf8', env });
    assert.equal(check.status, 1);
    assert.ok(check.stderr.includes(`${model}:5:`), check.stderr);
    assert.doesNotMatch(check.stderr, /extra certs/);

    // The environment Node gets: glibc's malloc tunables first, a user's own after them (the later
    // setting of a tunable wins), no NODE_EXTRA_CA_CERTS. Read by a script Node preloads.
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, 'process.stderr.write(JSON.stringify({ t: process.env.GLIBC_TUNABLES, ca: process.env.NODE_EXTRA_CA_CERTS ?? null }));');
    const seen = (extra: NodeJS.ProcessEnv) => {
      const r = spawnSync(link, ['--version'], { encoding: 'utf8', env: { ...env, NODE_OPTIONS: `--require=${probe}`, ...extra } });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stderr) as { t: string; ca: string | null };
    };
    const ours = 'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.arena_max=2';
    assert.deepEqual(seen({ GLIBC_TUNABLES: undefined }), { t: ours, ca: null });
    assert.deepEqual(seen({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }), { t: `${ours}:glibc.malloc.hugetlb=0`, ca: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
