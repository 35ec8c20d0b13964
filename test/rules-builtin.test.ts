// Every built-in rule: a model that passes, a model that fails, and the exact position of each finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILT_IN_RULES } from '../src/rules/index.js';
import { brief, findingsOf, model } from './rules-helpers.js';
import { runRules } from '../src/rules/index.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

test('gateway-entry: clients reach services only through a gateway', () => {
  const ok = lines('nodes:', '  web: { tech: react }', '  gw: { tech: nginx }', '  api: { tech: go }', 'edges:', '  - web -> gw', '  - gw -> api');
  assert.deepEqual(findingsOf(ok, 'gateway-entry'), []);
  const bad = lines('nodes:', '  web: { tech: react }', '  lb: { tech: aws-elb }', '  api: { tech: go }', '  jobs: { tech: python }', 'edges:', '  - web -> lb', '  - lb -> api, jobs');
  const [f, ...rest] = findingsOf(bad, 'gateway-entry');
  assert.equal(rest.length, 0);
  assert.deepEqual(brief([f!]), ['gateway-entry 7:5-14']);
  assert.equal(f!.message, 'client "web" reaches services "api" and "jobs" without a gateway (web -> lb)');
  assert.deepEqual([f!.nodes, f!.edges], [['web', 'lb', 'api', 'jobs'], ['web->lb', 'lb->api', 'lb->jobs']]);
});

test('gateway-entry: a direct call is reported at the edge, and it is only a warning', () => {
  const [f] = findingsOf(lines('nodes:', '  web: { tech: react }', '  api: { tech: go }', 'edges:', '  - web -> api: HTTPS'), 'gateway-entry');
  assert.deepEqual([f!.severity, f!.span.line, f!.span.col, f!.edges], ['warning', 5, 5, ['web->api']]);
});

test('no-client-to-data: a client talking straight to a data store is an error at the edge', () => {
  assert.deepEqual(findingsOf(lines('nodes:', '  web: { tech: react }', '  api: { tech: go }', '  db: { tech: postgres }', 'edges:', '  - web -> api', '  - api --> db'), 'no-client-to-data'), []);
  const list = findingsOf(lines('nodes:', '  web: { tech: react }', '  db: { tech: postgres }', 'edges:', '  - { from: web, to: db, kind: data }'), 'no-client-to-data');
  assert.deepEqual(brief(list), ['no-client-to-data 5:5-38']);
  assert.equal(list[0]!.severity, 'error');
});

test('database-per-service: a store written by two services, at the store; read-tagged edges do not count', () => {
  const head = ['nodes:', '  a: { tech: go }', '  b: { tech: java }', '  db: { tech: postgresql }', 'edges:', '  - a --> db'];
  assert.deepEqual(findingsOf(lines(...head, '  - { from: b, to: db, kind: data, tags: [read] }'), 'database-per-service'), []);
  const list = findingsOf(lines(...head, '  - b --> db: SQL'), 'database-per-service');
  assert.deepEqual(brief(list), ['database-per-service 4:3-5']);
  assert.deepEqual([list[0]!.nodes, list[0]!.edges], [['db', 'a', 'b'], ['a->db', 'b->db']]);
});

test('observability: every service sends telemetry to monitoring, directly or through a collector', () => {
  const head = ['nodes:', '  api: { tech: go }', '  agent: Collector', '  prom: { tech: prometheus }', '  worker: { tech: python }', 'edges:', '  - api ..> agent', '  - agent ..> prom'];
  assert.deepEqual(findingsOf(lines(...head, '  - worker ..> prom'), 'observability'), []);
  const list = findingsOf(lines(...head), 'observability');
  assert.deepEqual(brief(list), ['observability 5:3-9']);
  assert.equal(list[0]!.hint, 'add a telemetry edge, e.g. "worker ..> prom"');
});

test('orphan: a node with no edge at all', () => {
  assert.deepEqual(findingsOf(lines('nodes: { a: A, b: B }', 'edges: [a -> b]'), 'orphan'), []);
  assert.deepEqual(brief(findingsOf(lines('nodes:', '  a: A', '  b: B', '  lonely: Lonely', 'edges: [a -> b]'), 'orphan')), ['orphan 4:3-9']);
});

test('no-caller: a service nothing reaches from the clients; a queue joins producers and consumers', () => {
  const head = ['nodes:', '  web: { tech: react }', '  api: { tech: go }', '  q: { tech: kafka }', '  worker: { tech: python }', 'edges:', '  - web -> api', '  - api --> q'];
  assert.deepEqual(findingsOf(lines(...head, '  - worker --> q'), 'no-caller'), []);
  const list = findingsOf(lines(...head), 'no-caller');
  assert.deepEqual([brief(list), list[0]!.severity], [['no-caller 5:3-9'], 'note']);
  assert.deepEqual(findingsOf(lines('nodes: { a: { tech: go } }'), 'no-caller'), [], 'no clients: nothing to reach from');
});

test('sync-cycle: a cycle of request edges, at its first edge; async-tagged edges break it', () => {
  const head = ['nodes: { a: A, b: B, c: C }', 'edges:', '  - a -> b', '  - b -> c'];
  assert.deepEqual(findingsOf(lines(...head, '  - { from: c, to: a, tags: [async] }'), 'sync-cycle'), []);
  assert.deepEqual(findingsOf(lines(...head, '  - c --> a'), 'sync-cycle'), [], 'data edges are not calls');
  const list = findingsOf(lines(...head, '  - c -> a'), 'sync-cycle');
  assert.deepEqual(brief(list), ['sync-cycle 3:5-11']);
  assert.equal(list[0]!.message, 'synchronous request cycle: a -> b -> c -> a');
  assert.deepEqual(list[0]!.edges, ['a->b', 'b->c', 'c->a']);
});

const ZONES = ['zones:', '  public: { trust: 0 }', '  core: { trust: 2 }', 'groups:', '  edge: { zone: public, nodes: { web: { tech: react } } }', '  inner: { zone: core, nodes: { api: { tech: go } } }', 'edges:'];

test('zone-crossing-encrypted: an edge into a more trusted zone declares TLS, by tls:, protocol or label', () => {
  for (const edge of ['  - web -> api: HTTPS', '  - { from: web, to: api, tls: true }', '  - { from: web, to: api, protocol: gRPCs }', '  - api -> web']) {
    assert.deepEqual(findingsOf(lines(...ZONES, edge), 'zone-crossing-encrypted'), [], edge);
  }
  const list = findingsOf(lines(...ZONES, '  - web -> api: REST', '  - { from: web, to: api, label: HTTPS, tls: false }'), 'zone-crossing-encrypted');
  assert.deepEqual(brief(list), ['zone-crossing-encrypted 8:5-21', 'zone-crossing-encrypted 9:5-53']);
  assert.equal(list[0]!.message, 'web -> api enters the more trusted zone "core" (trust 2) from "public" (trust 0) without TLS');
  assert.deepEqual(findingsOf(lines('nodes: { a: A, b: B }', 'edges: [a -> b]'), 'zone-crossing-encrypted'), [], 'no zones: nothing to judge');
});

test('cqrs: commands go to the write store, queries to the read model', () => {
  const head = ['nodes:', '  cmd: { tech: go, tags: [command] }', '  qry: { tech: go, tags: [query] }', '  store: { tech: postgresql, tags: [write-model] }', '  view: { tech: redis, tags: [read-model] }', 'edges:'];
  assert.deepEqual(findingsOf(lines(...head, '  - cmd --> store', '  - qry --> view'), 'cqrs'), []);
  const list = findingsOf(lines(...head, '  - cmd --> view', '  - qry --> store'), 'cqrs');
  assert.deepEqual(brief(list), ['cqrs 7:5-17', 'cqrs 8:5-18']);
  assert.deepEqual(list.map((f) => f.hint), ['commands go to the write store (tagged write-model)', 'queries go to the read model (tagged read-model)']);
});

test('single-point-of-failure: a node on every client path with too few replicas, where replicas are declared', () => {
  const head = ['nodes:', '  web: { tech: react }', '  gw: { tech: nginx, replicas: 1 }', '  a: { tech: go, replicas: 1 }', '  b: { tech: go }', 'edges:', '  - web -> gw', '  - gw -> a, b'];
  const list = findingsOf(lines(...head), 'single-point-of-failure');
  assert.deepEqual(brief(list), ['single-point-of-failure 3:3-5'], 'a has one replica but b is another way');
  assert.deepEqual(findingsOf(lines(...head).replace('replicas: 1 }', 'replicas: 2 }'), 'single-point-of-failure'), []);
  assert.deepEqual(findingsOf(lines('nodes: { web: { tech: react }, gw: { tech: nginx } }', 'edges: [web -> gw]'), 'single-point-of-failure'), [], 'no replicas declared');
});

test('every built-in rule has a one-line description, a level and documented options', () => {
  for (const rule of BUILT_IN_RULES) {
    assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(rule.description.endsWith('.') && !rule.description.includes('\n'), rule.id);
    for (const [name, spec] of Object.entries(rule.options)) assert.ok(spec.description, `${rule.id}.${name}`);
  }
  assert.equal(new Set(BUILT_IN_RULES.map((r) => r.id)).size, BUILT_IN_RULES.length);
});

test('findings are deterministic and sorted by position', () => {
  const text = lines('nodes:', '  web: { tech: react }', '  db: { tech: postgres }', '  x: X', 'edges: [ "web --> db" ]');
  const a = runRules(model(text)).findings;
  assert.deepEqual(a, runRules(model(text)).findings);
  const keys = a.map((f) => f.span.line * 1000 + f.span.col);
  assert.deepEqual(keys, [...keys].sort((p, q) => p - q));
});
