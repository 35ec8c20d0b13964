// What the rules honestly find in the four reference systems (docs/rules.md quotes the same output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { loadModel } from '../src/model/index.js';
import { runRules } from '../src/rules/index.js';

const EXPECTED: Record<string, string[]> = {
  'liberation-system': ['no-caller 29:7 notifications', 'observability 29:7 notifications', 'orphan 46:7 logging'],
  'tiation-rigger-workspace': [
    'observability 19:7 connect-api', 'observability 20:7 jobs-api', 'observability 21:7 metrics-api', 'orphan 27:7 cluster',
    'database-per-service 36:7 postgres', 'database-per-service 37:7 redis',
    'no-caller 44:7 automation', 'observability 44:7 automation', 'no-caller 45:7 workflow', 'observability 45:7 workflow',
    'no-caller 46:7 scheduler', 'observability 46:7 scheduler',
  ],
  'docker-debian': ['observability 12:7 registry'],
  infrastructure: [
    'observability 13:7 external-apis', 'orphan 13:7 external-apis', 'observability 29:7 jobs',
    'database-per-service 35:7 db', 'database-per-service 36:7 cache',
  ],
};

for (const system of BUILT_IN_SYSTEMS) {
  test(`${system}: the rules find what docs/rules.md says, and nothing at error level`, () => {
    const loaded = loadModel(readFileSync(exampleFile(system), 'utf8'), `examples/${system}.arch.yaml`);
    const run = runRules(loaded.value!);
    assert.deepEqual(run.diagnostics, []);
    assert.deepEqual(run.findings.map((f) => `${f.ruleId} ${f.span.line}:${f.span.col} ${f.nodes[0]}`), EXPECTED[system]);
    assert.ok(run.findings.every((f) => f.severity !== 'error'));
  });
}
