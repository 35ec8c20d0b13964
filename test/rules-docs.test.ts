// docs/rules.md stays true: every rule and code is documented, and the quoted output is what check prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { BUILT_IN_RULES } from '../src/rules/index.js';
import { cli } from './cli-helpers.js';

const root = packageRoot();
const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');

test('docs/rules.md documents every built-in rule, its default level and every code the rules stage emits', () => {
  for (const rule of BUILT_IN_RULES) assert.match(docs, new RegExp(`\\| \`${rule.id}\` \\| (\\*\\*)?${rule.severity}`), rule.id);
  const dir = join(root, 'src', 'rules');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const codes = new Set(files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/(?:error|warning)\('([a-z-]+)'|'(unknown-option|bad-option)'/g)].map((m) => m[1] ?? m[2]!)));
  assert.ok(codes.size >= 5, [...codes].join(' '));
  for (const code of codes) assert.ok(docs.includes(`| \`${code}\``), `docs/rules.md lacks ${code}`);
});

test('the output quoted for the four reference systems is what `neonarch check examples/*.arch.yaml` prints', async () => {
  const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.arch.yaml')).sort().map((f) => `examples/${f}`);
  const r = await cli(['check', ...files]);
  assert.equal(r.code, 0);
  const quoted = docs.split('<summary>The full output</summary>')[1]!.split('```')[1]!.replace(/^\n/, '');
  assert.equal(r.err, quoted);
});
