import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

const root = packageRoot();
const sources = ['src/parse', 'src/model'].flatMap((dir) => readdirSync(join(root, dir)).map((f) => readFileSync(join(root, dir, f), 'utf8')));

test('docs/model.md explains every diagnostic code that parse and model emit', () => {
  const codes = new Set(sources.flatMap((text) => [...text.matchAll(/(?:error|warning|make)\('([a-z-]+)'|code(?::| \?\?) '([a-z-]+)'/g)].map((m) => m[1] ?? m[2]!)));
  const docs = readFileSync(join(root, 'docs/model.md'), 'utf8');
  assert.ok(codes.size >= 14 && codes.has('bad-value'), [...codes].join(' '));
  for (const code of codes) assert.ok(docs.includes(`| \`${code}\``), `docs/model.md lacks ${code}`);
});
