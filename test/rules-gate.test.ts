// The CI gate on the built-in examples: a team raises a rule to error and check fails at the
// right lines; fixing or turning the rule down in the model's `rules:` makes it pass again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { cli, tempDir } from './cli-helpers.js';

function project(config: string): { dir: string; files: string[] } {
  const dir = tempDir();
  writeFileSync(join(dir, 'neonarch.config.yaml'), config);
  const files = BUILT_IN_SYSTEMS.map((s) => {
    copyFileSync(exampleFile(s), join(dir, `${s}.arch.yaml`));
    return `${s}.arch.yaml`;
  });
  return { dir, files };
}

test('the examples as shipped pass check: nothing is at error level', async () => {
  const r = await cli(['check', ...BUILT_IN_SYSTEMS.map(exampleFile)]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /tiation-rigger-workspace\.arch\.yaml:27:7: warning\[orphan\]: node "cluster" has no edge/);
});

test('a project that makes orphan an error fails at the orphaned nodes, and passes once the models turn it down', async () => {
  const { dir, files } = project('rules:\n  orphan: error\n');
  const failing = await cli(['check', ...files], dir);
  assert.equal(failing.code, 1);
  assert.match(failing.err, /tiation-rigger-workspace\.arch\.yaml:27:7: error\[orphan\]: node "cluster" has no edge/);
  assert.match(failing.err, /liberation-system\.arch\.yaml:\d+:7: error\[orphan\]: node "logging" has no edge/);
  for (const f of files) appendFileSync(join(dir, f), '\nrules:\n  orphan: warning\n');
  const passing = await cli(['check', ...files], dir);
  assert.equal(passing.code, 0, passing.err);
});
