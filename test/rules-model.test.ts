// The model fields the rules need: roles, replicas, zones, edge protocol/tls/tags, and the `rules:` block,
// checked with positions by the model stage, and accepted alike by the JSON Schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { loadModel, loadProjectConfig, modelJsonSchema, projectConfigJsonSchema } from '../src/model/index.js';
import { F, model } from './rules-helpers.js';

const problems = (text: string): string[] => loadModel(text, F).diagnostics.map((d) => `${d.code} ${d.span?.line}:${d.span?.col}-${d.span?.endCol}`);
const hints = (text: string): (string | undefined)[] => loadModel(text, F).diagnostics.map((d) => d.hint);

test('roles: role: first, then a tag named like a role, then the technology, else other', () => {
  const m = model('nodes:\n  a: { tech: python, role: monitoring }\n  b: { tech: python, tags: [x, gateway] }\n  c: { tech: python }\n  d: { tech: postgres }\n  e: { tech: k8s-ingress }\n  f: Plain\n  g: { tech: zyxw-q }\n');
  assert.deepEqual(m.nodes.map((n) => [n.id, n.role, n.roleFrom]), [
    ['a', 'monitoring', 'role'], ['b', 'gateway', 'tag'], ['c', 'service', 'tech'], ['d', 'database', 'tech'],
    ['e', 'gateway', 'tech'], ['f', 'other', 'default'], ['g', 'other', 'default'],
  ]);
});

test('zones: declared with a trust, inherited from the nearest group, overridden by a node', () => {
  const m = model('zones:\n  dmz: { trust: 1, label: DMZ }\n  core: { trust: 3 }\ngroups:\n  g:\n    zone: dmz\n    groups:\n      h: { nodes: { a: A, b: { zone: core } } }\nnodes: { c: C }\n');
  assert.deepEqual(m.zones!.map((z) => [z.id, z.label, z.trust]), [['dmz', 'DMZ', 1], ['core', 'core', 3]]);
  assert.deepEqual(m.groups.map((g) => [g.id, g.zone]), [['g', 'dmz'], ['h', 'dmz']]);
  assert.deepEqual(m.nodes.map((n) => [n.id, n.zone ?? null]), [['a', 'dmz'], ['b', 'core'], ['c', null]]);
});

test('an unknown zone, a bad role and bad replicas are positioned errors with did-you-mean', () => {
  const text = 'zones:\n  dmz: { trust: 1 }\nnodes:\n  a: { zone: dnz, role: databse }\n  b: { replicas: 0 }\n  c: { replicas: 1.5 }\n';
  assert.deepEqual(problems(text), ['unknown-zone 4:14-17', 'bad-value 4:25-32', 'bad-value 5:18-19', 'bad-value 6:18-21']);
  assert.deepEqual(hints(text).slice(0, 2), ['did you mean "dmz"?', 'did you mean "database"?']);
});

test('edges: the long form carries protocol, tls and tags; string edges have none of them', () => {
  const m = model('nodes: { a: A, b: B }\nedges:\n  - { from: a, to: b, protocol: gRPC, tls: mtls, tags: [async] }\n  - { from: b, to: a, tls: true }\n  - { from: a, to: b, tls: false }\n  - a -> b: HTTPS\n');
  assert.deepEqual(m.edges.map((e) => [e.protocol ?? null, e.tls ?? null, e.tags ?? null]), [
    ['gRPC', 'mtls', ['async']], [null, 'tls', null], [null, 'none', null], [null, null, null],
  ]);
  assert.deepEqual(problems('nodes: { a: A, b: B }\nedges:\n  - { from: a, to: b, tls: maybe }\n'), ['bad-value 3:28-33']);
});

test('rules: levels, on/off, true/false and options are read with their positions', () => {
  const m = model('nodes: { a: A }\nrules:\n  orphan: off\n  sync-cycle: true\n  observability: { severity: note, options: { roles: [service, gateway] } }\n');
  assert.deepEqual(m.rules!.settings.map((s) => [s.id, s.severity, s.span.line]), [['orphan', 'off', 3], ['sync-cycle', 'on', 4], ['observability', 'note', 5]]);
  assert.deepEqual(m.rules!.settings[2]!.options.roles!.value, ['service', 'gateway']);
});

test('rules: a bad level, a bad rule key and a malformed custom rule are positioned errors', () => {
  const text = 'nodes: { a: A }\nrules:\n  orphan: offf\n  "no spaces": off\n  custom:\n    - id: r1\n      message: no form\n    - id: r1\n      deny: {}\n      require: {}\n    - id: r3\n      limit: { from: { role: service } }\n    - deny: {}\n';
  assert.deepEqual(problems(text), ['bad-value 3:11-15', 'unknown-rule 4:3-14', 'bad-rule 6:11-13', 'duplicate-id 8:11-13', 'bad-rule 10:7-14', 'bad-rule 11:11-13', 'missing-key 13:7-15']);
  assert.equal(hints(text)[0], 'did you mean "off"?');
});

test('custom rules: unknown selector keys and bad roles are positioned errors with did-you-mean', () => {
  const text = 'nodes: { a: A }\nrules:\n  custom:\n    - id: r1\n      deny: { from: { gruop: frontend }, to: { role: datbase }, kind: requst }\n';
  assert.deepEqual(problems(text), ['unknown-key 5:23-28', 'bad-value 5:54-61', 'bad-value 5:71-77']);
  assert.deepEqual(hints(text), ['did you mean "group"?', 'did you mean "database"?', 'did you mean "request"?']);
});

test('custom rules are read as data: form, selectors with positions, kinds, limits, severity', () => {
  const m = model('nodes: { a: A }\nrules:\n  custom:\n    - id: r\n      limit: { from: { group: [g, h], not: { tag: x } }, kind: [request, data], max-fan-out: 2 }\n      severity: warning\n');
  const [r] = m.rules!.custom;
  assert.deepEqual([r!.id, r!.form, r!.kinds, r!.limits, r!.severity, r!.to], ['r', 'limit', ['request', 'data'], { maxFanOut: 2, maxFanIn: null, maxEdges: null }, 'warning', null]);
  assert.deepEqual(r!.from!.group.map((w) => [w.text, w.span.col]), [['g', 32], ['h', 35]]);
  assert.deepEqual(r!.from!.not!.tag.map((w) => w.text), ['x']);
});

const ajv = new Ajv2020({ strict: true, allErrors: true });
const modelSchema = ajv.compile(modelJsonSchema());
const configSchema = ajv.compile(projectConfigJsonSchema());

const VALID = [
  'zones: { dmz: { trust: 1, label: DMZ, description: D } }\ngroups: { g: { zone: dmz, nodes: { a: { role: client, replicas: 2, zone: dmz } } } }\nnodes: { b: B }\nedges:\n  - { from: a, to: b, protocol: HTTPS, tls: true, tags: [async] }\n  - { from: b, to: a, tls: mtls }\n',
  'nodes: { a: A }\nrules:\n  orphan: off\n  sync-cycle: true\n  observability: { severity: note, options: { roles: [service], x: 1, y: true } }\n  custom:\n    - { id: r, deny: { from: { group: g, not: { tag: [t] } }, to: { role: [database, queue] }, kind: request }, message: M, severity: warning }\n    - { id: s, require: { from: { tech: go }, to: { zone: z, id: a } } }\n    - { id: t, limit: { to: { role: database }, max-fan-in: 1, max-edges: 0, max-fan-out: 3 } }\n',
];
const INVALID = [
  'nodes: { a: { role: databse } }',
  'nodes: { a: { replicas: 0 } }',
  'nodes: { a: { replicas: "2" } }',
  'zones: { z: { label: Z } }\nnodes: { a: A }',
  'zones: { z: { trust: high } }\nnodes: { a: A }',
  'nodes: { a: A, b: B }\nedges: [ { from: a, to: b, tls: maybe } ]',
  'nodes: { a: A }\nrules: { orphan: offf }',
  'nodes: { a: A }\nrules: { "no spaces": off }',
  'nodes: { a: A }\nrules: { orphan: { level: off } }',
  'nodes: { a: A }\nrules: { custom: [ { deny: {} } ] }',
  'nodes: { a: A }\nrules: { custom: [ { id: r, deny: { from: { gruop: g } } } ] }',
  'nodes: { a: A }\nrules: { custom: [ { id: r, limit: { max-fan-out: -1 } } ] }',
];

test('the JSON Schema and the checker agree on the new fields', () => {
  for (const text of VALID) {
    assert.equal(modelSchema(parse(text)), true, `${text}\n${JSON.stringify(modelSchema.errors)}`);
    assert.ok(loadModel(text, F).value, text);
  }
  for (const text of INVALID) {
    assert.equal(modelSchema(parse(text)), false, text);
    assert.equal(loadModel(text, F).value, null, text);
  }
});

test('a project config: the rules block alone, checked like a model\'s, with its own schema', () => {
  const text = 'rules:\n  orphan: error\n  custom:\n    - { id: r, deny: { to: { role: database } } }\n';
  assert.equal(configSchema(parse(text)), true);
  const r = loadProjectConfig(text, 'neonarch.config.yaml');
  assert.deepEqual([r.value!.settings.map((s) => s.id), r.value!.custom.map((c) => c.id)], [['orphan'], ['r']]);
  assert.deepEqual(loadProjectConfig('', 'neonarch.config.yaml').value, { file: 'neonarch.config.yaml', settings: [], custom: [] });
  const bad = loadProjectConfig('rules:\n  orphan: loud\nnodes: {}\n', 'neonarch.config.yaml');
  assert.deepEqual(bad.diagnostics.map((d) => `${d.code} ${d.span!.file}:${d.span!.line}:${d.span!.col}`), ['bad-value neonarch.config.yaml:2:11', 'unknown-key neonarch.config.yaml:3:1']);
  assert.equal(configSchema(parse('nodes: {}')), false);
});
