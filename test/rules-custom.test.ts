// Declarative custom rules: deny, require and limit over selectors, each with a passing and a failing model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../src/rules/index.js';
import { brief, findingsOf, model } from './rules-helpers.js';

// Lines 1-10: a frontend group, services, stores, monitoring; rules start at line 11.
const BASE = [
  'groups:',
  '  frontend:',
  '    groups: { web-tier: { nodes: { web: { tech: react } } } }',
  '    nodes: { admin: { tech: vue, tags: [internal] } }',
  'nodes:',
  '  api: { tech: go }',
  '  jobs: { tech: python }',
  '  db: { tech: postgres }',
  '  prom: { tech: prometheus }',
  '  cache: { tech: redis }',
].join('\n');

const withRules = (edges: string[], rule: string[]): string => `${BASE}\nedges:\n${edges.map((e) => `  - ${e}`).join('\n')}\nrules:\n  custom:\n${rule.map((l) => `    ${l}`).join('\n')}\n`;

const DENY = ['- id: no-front-to-db', '  deny: { from: { group: frontend }, to: { role: database } }', '  message: frontends never talk to databases'];

test('deny: no edge from the selection to the other; nested groups count, findings at the edge', () => {
  assert.deepEqual(findingsOf(withRules(['web -> api', 'api --> db'], DENY), 'no-front-to-db'), []);
  const list = findingsOf(withRules(['web -> api', 'web --> cache', 'admin -> api'], DENY), 'no-front-to-db');
  assert.deepEqual(brief(list), ['no-front-to-db 13:5-18']);
  assert.deepEqual([list[0]!.message, list[0]!.severity, list[0]!.edges], ['frontends never talk to databases (web --> cache)', 'error', ['web->cache']]);
});

test('deny: kind, not and a tech alias narrow the selection', () => {
  const rule = ['- id: r', '  deny: { from: { not: { tag: internal } }, to: { tech: postgresql }, kind: data }', '  severity: warning'];
  assert.deepEqual(findingsOf(withRules(['admin --> db', 'api -> db'], rule), 'r'), []);
  const list = findingsOf(withRules(['admin --> db', 'jobs --> db'], rule), 'r');
  assert.deepEqual([brief(list), list[0]!.severity], [['r 13:5-16'], 'warning']);
  assert.match(list[0]!.message, /^edges from not \(tag internal\) to tech postgresql are not allowed \(jobs --> db\)$/);
});

const REQUIRE = ['- id: metrics', '  require: { from: { role: service }, to: { tech: prometheus }, kind: telemetry }'];

test('require: every selected node has such an edge; one without is a finding at the node', () => {
  assert.deepEqual(findingsOf(withRules(['api ..> prom', 'jobs ..> prom'], REQUIRE), 'metrics'), []);
  const list = findingsOf(withRules(['api ..> prom', 'jobs -> prom'], REQUIRE), 'metrics');
  assert.deepEqual(brief(list), ['metrics 7:3-7']);
  assert.equal(list[0]!.message, 'each node of role service needs a telemetry edge to tech prometheus (node "jobs")');
});

test('limit: max-fan-out per from node, at the node', () => {
  const rule = ['- id: fan', '  limit: { from: { role: service }, to: { role: database }, max-fan-out: 1 }', '  message: a service uses one store'];
  assert.deepEqual(findingsOf(withRules(['api --> db', 'jobs --> cache'], rule), 'fan'), []);
  const list = findingsOf(withRules(['api --> db, cache', 'jobs --> cache'], rule), 'fan');
  assert.deepEqual(brief(list), ['fan 6:3-6']);
  assert.deepEqual([list[0]!.message, list[0]!.nodes, list[0]!.edges], ['a service uses one store (node "api": 2 edges)', ['api', 'db', 'cache'], ['api->db', 'api->cache']]);
});

test('limit: max-fan-in per to node, at the node', () => {
  const rule = ['- id: owner', '  limit: { from: { role: service }, to: { role: database }, max-fan-in: 1 }'];
  assert.deepEqual(findingsOf(withRules(['api --> db', 'jobs --> cache'], rule), 'owner'), []);
  const list = findingsOf(withRules(['api --> db', 'jobs --> db'], rule), 'owner');
  assert.deepEqual(brief(list), ['owner 8:3-5']);
  assert.match(list[0]!.message, /^fan-in from role service is 2, more than 1 \(node "db": 2 edges\)$/);
});

test('limit: max-edges between two selections, at the first edge over the limit', () => {
  const rule = ['- id: few', '  limit: { from: { group: frontend }, to: { id: api }, max-edges: 1 }'];
  assert.deepEqual(findingsOf(withRules(['web -> api', 'api --> db'], rule), 'few'), []);
  const list = findingsOf(withRules(['web -> api', 'api --> db', 'admin -> api'], rule), 'few');
  assert.deepEqual(brief(list), ['few 14:5-17']);
  assert.deepEqual(list[0]!.edges, ['web->api', 'admin->api']);
});

test('a custom rule switched off in its definition or under rules: does not run', () => {
  const off = withRules(['web --> cache'], [...DENY, '  severity: off']);
  assert.deepEqual(findingsOf(off, 'no-front-to-db'), []);
  const text = withRules(['web --> cache'], DENY).replace('rules:\n', 'rules:\n  no-front-to-db: off\n');
  assert.deepEqual(findingsOf(text, 'no-front-to-db'), []);
});

test('a selector naming a group, node or zone the model does not have is a warning with did-you-mean', () => {
  const rule = ['- id: r', '  deny: { from: { group: frontned }, to: { id: [api, dbb], tech: postgress } }'];
  const run = runRules(model(withRules(['web -> api'], rule)));
  assert.deepEqual(run.diagnostics.map((d) => `${d.severity} ${d.code} ${d.span!.line}:${d.span!.col} ${d.hint}`), [
    'warning unknown-selector-value 16:30 did you mean "frontend"?',
    'warning unknown-selector-value 16:58 did you mean "db"?',
    'warning unknown-selector-value 16:70 did you mean "postgresql"?',
  ]);
});

test('a custom rule may not take a built-in rule\'s id', () => {
  const run = runRules(model(withRules(['web -> api'], ['- id: orphan', '  deny: { to: { id: api } }'])));
  assert.deepEqual(run.diagnostics.map((d) => `${d.code} ${d.span!.line}:${d.span!.col}`), ['duplicate-id 15:11']);
  assert.ok(run.findings.every((f) => f.ruleId !== 'orphan' || f.message.startsWith('node')));
});
