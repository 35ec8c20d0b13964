import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel, type Model } from '../src/model/index.js';
import { allTechs, findTech } from '../src/catalog/index.js';

const F = 'shop.arch.yaml';

function model(text: string, file = F): Model {
  const r = loadModel(text, file);
  assert.ok(r.value, JSON.stringify(r.diagnostics, null, 1));
  return r.value;
}

const SHOP = `title: Shop
description: Online shop
direction: right
theme: light
groups:
  frontend:
    label: Frontend Layer
    nodes:
      web: { label: Web Interface, tech: react, description: SPA, links: [https://a.example, { url: https://b.example, title: Runbook }], tags: [public, 2024], color: "#00FFAA" }
      cdn: CDN Edge
  backend:
    color: orange
    groups:
      core:
        description: Core services
        nodes:
          api: { tech: PostgreSQL }
  ops:
    nodes:
      metrics:
  more:
    nodes:
      extra: Extra
nodes:
  user: { label: User }
edges:
  - web, cdn -> api: HTTPS
  - api --> metrics
  - api ..> metrics: 443
  - { from: user, to: [web, cdn], kind: data, label: browse, description: Browsing }
  - "user -> web: again"
  - user -> web
`;

test('top-level fields, with their values', () => {
  const m = model(SHOP);
  assert.deepEqual([m.file, m.title, m.description, m.direction, m.theme], [F, 'Shop', 'Online shop', 'right', 'light']);
});

test('defaults: title from the file name, direction down, no theme, no description', () => {
  const m = model('nodes: { a: A }', 'systems/billing.arch.yaml');
  assert.deepEqual([m.title, m.direction, m.theme, m.description], ['billing', 'down', null, null]);
  assert.equal(model('nodes: { a: A }', 'x/pay.yml').title, 'pay');
  assert.equal(model('{"nodes": {"a": "A"}}', 'pay.arch.json').title, 'pay');
});

test('groups: parents before children in source order, labels default to ids, colours cycle and inherit', () => {
  const m = model(SHOP);
  assert.deepEqual(m.groups.map((g) => [g.id, g.label, g.parent, g.color]), [
    ['frontend', 'Frontend Layer', null, 'green'],
    ['backend', 'backend', null, 'orange'],
    ['core', 'core', 'backend', 'orange'],
    ['ops', 'ops', null, 'cyan'],
    ['more', 'more', null, 'green'],
  ]);
  assert.equal(m.groups[2]!.description, 'Core services');
  assert.deepEqual(m.groups[0]!.span, { file: F, line: 6, col: 3, endLine: 6, endCol: 11 });
});

test('nodes: source order, shorthand label, null node, parents, spans of the id key', () => {
  const m = model(SHOP);
  assert.deepEqual(m.nodes.map((n) => [n.id, n.label, n.parent]), [
    ['web', 'Web Interface', 'frontend'], ['cdn', 'CDN Edge', 'frontend'], ['api', 'api', 'core'],
    ['metrics', 'metrics', 'ops'], ['extra', 'Extra', 'more'], ['user', 'User', null],
  ]);
  assert.deepEqual(m.nodes[0]!.span, { file: F, line: 9, col: 7, endLine: 9, endCol: 10 });
});

test('node properties: links, tags (numbers as text), colour (hex lower-cased), description', () => {
  const web = model(SHOP).nodes[0]!;
  assert.deepEqual(web.links, [{ url: 'https://a.example', title: null }, { url: 'https://b.example', title: 'Runbook' }]);
  assert.deepEqual(web.tags, ['public', '2024']);
  assert.equal(web.color, '#00ffaa');
  assert.equal(web.description, 'SPA');
  assert.equal(model(SHOP).nodes[1]!.color, null);
});

test('tech resolves through the catalog (aliases too, any case); no tech means no icon', () => {
  const m = model(SHOP);
  const react = findTech('react')!;
  const pg = findTech('postgresql')!;
  assert.deepEqual([m.nodes[0]!.tech, m.nodes[0]!.techLabel, m.nodes[0]!.icon], [react.id, react.label, react.icon]);
  assert.deepEqual([m.nodes[2]!.tech, m.nodes[2]!.techLabel, m.nodes[2]!.icon], [pg.id, pg.label, pg.icon]);
  assert.deepEqual([m.nodes[1]!.tech, m.nodes[1]!.techLabel, m.nodes[1]!.icon], [null, null, null]);
});

test('aliases resolve to the catalog id', () => {
  const aliased = allTechs().find((t) => t.aliases.length > 0)!;
  const m = model(`nodes: { a: { tech: ${aliased.aliases[0]!.toUpperCase()} } }`);
  assert.deepEqual([m.nodes[0]!.tech, m.nodes[0]!.techLabel, m.nodes[0]!.icon], [aliased.id, aliased.label, aliased.icon]);
});

test('unknown tech is a warning: the model is still built with the raw word', () => {
  const r = loadModel('nodes:\n  a: { tech: Zyxwvut-Q }\n', F);
  assert.ok(r.value);
  assert.deepEqual([r.value.nodes[0]!.tech, r.value.nodes[0]!.techLabel, r.value.nodes[0]!.icon], ['zyxwvut-q', 'Zyxwvut-Q', null]);
  assert.equal(r.diagnostics.length, 1);
  const [d] = r.diagnostics;
  assert.deepEqual([d!.severity, d!.code, d!.message], ['warning', 'unknown-tech', 'unknown technology "Zyxwvut-Q"']);
  assert.deepEqual(d!.span, { file: F, line: 2, col: 14, endLine: 2, endCol: 23 });
});

test('unknown tech hints the closest catalog ids', () => {
  const r = loadModel('nodes:\n  a: { tech: postgress }\n', F);
  assert.equal(r.diagnostics[0]!.code, 'unknown-tech');
  assert.equal(r.diagnostics[0]!.hint, 'did you mean "postgresql"?');
});

test('edges: arrows give kinds, lists expand to all pairs, labels from every form', () => {
  const m = model(SHOP);
  assert.deepEqual(m.edges.map((e) => [e.id, e.kind, e.label]), [
    ['web->api', 'request', 'HTTPS'],
    ['cdn->api', 'request', 'HTTPS'],
    ['api->metrics', 'data', null],
    ['api->metrics#2', 'telemetry', '443'],
    ['user->web', 'data', 'browse'],
    ['user->cdn', 'data', 'browse'],
    ['user->web#2', 'request', 'again'],
    ['user->web#3', 'request', null],
  ]);
  assert.equal(m.edges[4]!.description, 'Browsing');
  assert.equal(m.edges[0]!.description, null);
});

test('edge spans are the edge item; expanded edges share it', () => {
  const m = model(SHOP);
  assert.deepEqual(m.edges[0]!.span, { file: F, line: 27, col: 5, endLine: 27, endCol: 27 });
  assert.deepEqual(m.edges[1]!.span, m.edges[0]!.span);
});

test('object form: from/to as id or list, kind defaults to request', () => {
  const m = model('nodes: { a: A, b: B, c: C }\nedges:\n  - { from: [a, b], to: c }\n  - from: c\n    to: a\n    kind: telemetry\n');
  assert.deepEqual(m.edges.map((e) => [e.id, e.kind]), [['a->c', 'request'], ['b->c', 'request'], ['c->a', 'telemetry']]);
});

test('edge strings tolerate extra spaces and ids with dots, dashes, underscores', () => {
  const m = model('nodes: { a.b: A, c-d: C, _e: E }\nedges:\n  - "  a.b ,c-d   -->  _e :  rows  "\n  - a.b ..> c-d\n');
  assert.deepEqual(m.edges.map((e) => [e.id, e.kind, e.label]), [['a.b->_e', 'data', 'rows'], ['c-d->_e', 'data', 'rows'], ['a.b->c-d', 'telemetry', null]]);
});

test('a label after a colon with nothing is no label; multi-line folded edges work', () => {
  const m = model('nodes: { a: A, b: B }\nedges:\n  - a -> b:\n  - >-\n    a\n    --> b\n');
  assert.deepEqual(m.edges.map((e) => [e.id, e.kind, e.label]), [['a->b', 'request', null], ['a->b#2', 'data', null]]);
});

test('top-level nodes may come before groups; order follows the file', () => {
  const m = model('nodes: { u: U }\ngroups:\n  g:\n    nodes: { a: A }\n');
  assert.deepEqual(m.nodes.map((n) => n.id), ['u', 'a']);
});

test('numbers used as text keep their written form', () => {
  const m = model('nodes: { a: { label: 1.10, tags: [0x1F, 2024] }, b: B }\nedges:\n  - a -> b: 8080\n  - { from: a, to: b, label: 1e3 }\n');
  assert.deepEqual([m.nodes[0]!.label, m.nodes[0]!.tags, m.edges.map((e) => e.label)], ['1.10', ['0x1F', '2024'], ['8080', '1e3']]);
});

test('a node map without edges is a valid model', () => {
  assert.deepEqual(model('nodes: { a: A }').edges, []);
});

test('the same text gives the same model, byte for byte', () => {
  assert.equal(JSON.stringify(loadModel(SHOP, F)), JSON.stringify(loadModel(SHOP, F)));
});

test('inputs are not touched: loading twice from the same string gives equal results', () => {
  const a = loadModel(SHOP, F);
  const b = loadModel(SHOP, F);
  assert.notEqual(a.value, b.value);
  assert.deepEqual(a, b);
});
