// A model gives the same bytes on every machine, whatever its locale: the layout's tie-breaks
// order ids by code units (src/compare.ts), not by the ICU collation of the user's locale.
// Node takes its default locale from LC_ALL / LANG when it starts, so each render is a process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleFile } from '../src/cli/examples.js';
import { packageRoot } from '../src/paths.js';
import { byCodeUnits } from '../src/compare.js';
import { tempDir } from './cli-helpers.js';

test('byCodeUnits orders as < does, not as a collation', () => {
  assert.deepEqual(['b', 'a_b', 'aB', 'Ab', 'a-b', 'ab', 'aa'].sort(byCodeUnits), ['Ab', 'a-b', 'aB', 'a_b', 'aa', 'ab', 'b']);
  assert.equal(byCodeUnits('same', 'same'), 0);
});

/** Liberation's model with every other id prefixed "aa" (Danish collation sorts it as "å", after "z"), the others "ab". */
function danishSensitiveModel(): { text: string; ids: string[] } {
  let text = readFileSync(exampleFile('liberation-system'), 'utf8');
  const found = [...text.matchAll(/^\s+([a-z][a-z0-9_-]*): \{ label/gm)].map((m) => m[1]!);
  const ids: string[] = [];
  found.sort((a, b) => b.length - a.length).forEach((id, i) => {
    const renamed = `${i % 2 ? 'ab' : 'aa'}${id}`;
    ids.push(renamed);
    text = text.replace(new RegExp(`(?<![\\w.-])${id}(?![\\w.-])`, 'g'), renamed);
  });
  return { text, ids };
}

test('a model renders to the same SVG under a Danish and a C locale', () => {
  const { text, ids } = danishSensitiveModel();
  // Not vacuous: the two locales' collations order these ids differently.
  const order = (locale: string): string => [...ids].sort(new Intl.Collator(locale).compare).join();
  assert.notEqual(order('da-DK'), order('en-US'));

  const dir = tempDir();
  const model = join(dir, 'ids.arch.yaml');
  writeFileSync(model, text);
  const render = (locale: string): string => {
    const out = join(dir, locale);
    mkdirSync(out);
    const env = { ...process.env, LC_ALL: locale, LANG: locale, NEONARCH_CACHE_DIR: join(dir, `cache-${locale}`) };
    const r = spawnSync(process.execPath, [join(packageRoot(), 'bin', 'neonarch.js'), 'render', model, '-o', out, '--format', 'svg'], { encoding: 'utf8', env, timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(join(out, 'ids.svg'), 'utf8');
  };
  assert.equal(render('da_DK.UTF-8'), render('C'));
});
