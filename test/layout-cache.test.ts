import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compile } from '../src/pipeline.js';
import { libraryVersions } from '../src/layout-cache.js';

const model = (label: string) => `title: Cache\nnodes:\n  web: { label: ${label}, tech: react }\n  api: { label: API, tech: go }\nedges:\n  - web -> api\n`;

function withCacheDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'neonarch-cache-'));
  const before = { dir: process.env.NEONARCH_CACHE_DIR, on: process.env.NEONARCH_CACHE };
  process.env.NEONARCH_CACHE_DIR = dir;
  delete process.env.NEONARCH_CACHE;
  return run(dir).finally(() => {
    if (before.dir === undefined) delete process.env.NEONARCH_CACHE_DIR; else process.env.NEONARCH_CACHE_DIR = before.dir;
    if (before.on !== undefined) process.env.NEONARCH_CACHE = before.on;
  });
}

const entries = (dir: string) => (existsSync(join(dir, 'layout')) ? readdirSync(join(dir, 'layout')) : []);

test('a cached layout is the very scene a fresh layout gives', () => withCacheDir(async (dir) => {
  const fresh = await compile(model('Web'), 'a.arch.yaml');
  const first = await compile(model('Web'), 'a.arch.yaml', { cache: true });
  assert.equal(entries(dir).length, 1);
  const second = await compile(model('Web'), 'b.arch.yaml', { cache: true });
  assert.deepEqual(second.value!.scene, fresh.value!.scene);
  assert.deepEqual(first.value!.scene, fresh.value!.scene);
}));

test('any change to the model lays out afresh; comments and spacing do not', () => withCacheDir(async (dir) => {
  await compile(model('Web'), 'a.arch.yaml', { cache: true });
  await compile(`# a comment\n${model('Web')}`, 'a.arch.yaml', { cache: true });
  assert.equal(entries(dir).length, 1);
  const renamed = await compile(model('Storefront'), 'a.arch.yaml', { cache: true });
  assert.equal(entries(dir).length, 2);
  assert.equal(renamed.value!.scene.nodes.find((n) => n.id === 'web')!.label.text, 'Storefront');
}));

test('a corrupt entry is ignored, and NEONARCH_CACHE=off writes nothing', () => withCacheDir(async (dir) => {
  await compile(model('Web'), 'a.arch.yaml', { cache: true });
  writeFileSync(join(dir, 'layout', entries(dir)[0]!), '{ not json');
  const again = await compile(model('Web'), 'a.arch.yaml', { cache: true });
  assert.equal(again.value!.scene.nodes.length, 2);
  process.env.NEONARCH_CACHE = 'off';
  await compile(model('Other'), 'a.arch.yaml', { cache: true });
  assert.equal(entries(dir).length, 1);
}));

test("an entry serves only the key it was stored under, whatever its file's name", () => withCacheDir(async (dir) => {
  // Entries are named by a CRC-32 of their key, which two keys can share: the key inside decides.
  const web = await compile(model('Web'), 'a.arch.yaml', { cache: true });
  const [name] = entries(dir);
  const file = join(dir, 'layout', name!);
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { key: string; scene: { nodes: { id: string; label: { text: string } }[] } };
  assert.ok(entry.key.includes('"Web"'), 'the whole key is stored');
  entry.scene.nodes[0]!.label.text = 'Stale';
  writeFileSync(file, JSON.stringify({ ...entry, key: entry.key.replace('"Web"', '"Other"') }));
  const again = await compile(model('Web'), 'a.arch.yaml', { cache: true });
  assert.deepEqual(again.value!.scene, web.value!.scene, 'a key that differs is a miss, laid out afresh');
  writeFileSync(file, JSON.stringify(entry));
  const served = await compile(model('Web'), 'a.arch.yaml', { cache: true });
  assert.equal(served.value!.scene.nodes[0]!.label.text, 'Stale', 'the same key is a hit');
}));

test('each engine has its own cache entry', () => withCacheDir(async (dir) => {
  const viaGraphviz = await compile(model('Web'), 'a.arch.yaml', { cache: true });
  const viaElk = await compile(model('Web'), 'a.arch.yaml', { cache: true, engine: 'elk' });
  assert.equal(entries(dir).length, 2);
  assert.deepEqual((await compile(model('Web'), 'a.arch.yaml', { cache: true, engine: 'elk' })).value!.scene, viaElk.value!.scene);
  assert.deepEqual((await compile(model('Web'), 'a.arch.yaml', { cache: true })).value!.scene, viaGraphviz.value!.scene);
}));

test("the cache key holds the layout libraries' real versions (a package's exports may refuse its package.json to require.resolve)", () => {
  const viz = JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@viz-js/viz')), '..', 'package.json'), 'utf8')) as { name: string; version: string };
  assert.equal(viz.name, '@viz-js/viz');
  assert.match(libraryVersions(), new RegExp(`^@viz-js/viz@${viz.version.replace(/\./g, '\\.')} elkjs@\\d+\\.\\d+\\.\\d+`));
});
