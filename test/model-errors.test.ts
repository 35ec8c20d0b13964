import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel } from '../src/model/index.js';
import type { Diagnostic } from '../src/diagnostics/types.js';

const F = 'b.arch.yaml';

/** The diagnostics of a text as `code line:col-endCol`, plus the full list. */
function problems(text: string): { brief: string[]; list: Diagnostic[]; ok: boolean } {
  const r = loadModel(text, F);
  const brief = r.diagnostics.map((d) => `${d.code} ${d.span?.line}:${d.span?.col}-${d.span?.endCol}`);
  return { brief, list: r.diagnostics, ok: r.value !== null };
}

const only = (text: string): Diagnostic => {
  const { list } = problems(text);
  assert.equal(list.length, 1, JSON.stringify(list, null, 1));
  return list[0]!;
};

const NODES = 'nodes:\n  web: Web\n  gateway: Gateway\n  auth: Auth\n';

test('unknown-node points exactly at the id inside a plain edge string, with did-you-mean', () => {
  const d = only(`${NODES}edges:\n  - web -> gateway\n  - gateway -> autth\n`);
  assert.deepEqual([d.severity, d.code, d.message, d.hint], ['error', 'unknown-node', 'edge refers to unknown node "autth"', 'did you mean "auth"?']);
  assert.deepEqual(d.span, { file: F, line: 7, col: 16, endLine: 7, endCol: 21 });
});

test('unknown-node inside quoted, single-quoted, labelled and list forms', () => {
  const text = `${NODES}edges:\n  - "web -> autth"\n  - 'web, gateway -> autth: x'\n  - web -> autth: HTTPS\n  - { from: web, to: [auth, "autth"] }\n  - { from: autth, to: web }\n`;
  assert.deepEqual(problems(text).brief, [
    'unknown-node 6:13-18', 'unknown-node 7:22-27', 'unknown-node 8:12-17', 'unknown-node 9:30-35', 'unknown-node 10:13-18',
  ]);
});

test('unknown-node in a folded block edge points into the next line', () => {
  assert.deepEqual(problems(`${NODES}edges:\n  - >-\n    web ->\n      autth\n`).brief, ['unknown-node 8:7-12']);
});

test('unknown-node with nothing close hints how to declare it', () => {
  const d = only(`${NODES}edges:\n  - web -> zzzzzzzz\n`);
  assert.match(d.hint!, /nodes:/);
});

test('edge-to-group and self-edge', () => {
  const text = 'groups:\n  g:\n    nodes: { a: A, b: B }\nedges:\n  - a -> g\n  - b -> b\n  - a, b -> a\n';
  const { brief, list, ok } = problems(text);
  assert.equal(ok, false);
  assert.deepEqual(brief, ['edge-to-group 5:10-11', 'self-edge 6:5-11', 'self-edge 7:5-14']);
  assert.equal(list[0]!.message, 'edges connect nodes; "g" is a group');
  assert.equal(list[1]!.message, 'edge from "b" to itself');
});

test('bad-edge: wrong arrow, no spaces, no arrow, bad id, two pairs in one item', () => {
  const text = `${NODES}edges:\n  - web => auth\n  - web->auth\n  - web auth\n  - web -> 9auth\n  - web -> auth: x\n    gateway -> auth: y\n`;
  const { brief, list } = problems(text);
  assert.deepEqual(brief, ['bad-edge 6:5-16', 'bad-edge 7:5-14', 'bad-edge 8:5-13', 'bad-edge 9:5-17', 'bad-edge 10:5-23']);
  assert.match(list[0]!.hint!, /arrows are ->/);
  assert.match(list[1]!.hint!, /spaces around the arrow/);
  assert.match(list[2]!.hint!, /needs an arrow/);
  assert.match(list[3]!.hint!, /ids start with a letter/);
  assert.match(list[4]!.hint!, /its own "- "/);
  assert.equal(list[0]!.message, 'edge 1 must be an edge like "a -> b", not "web => auth"');
});

test('unknown kind in the object form: bad-value with did-you-mean', () => {
  const d = only(`${NODES}edges:\n  - { from: web, to: auth, kind: reqest }\n`);
  assert.deepEqual([d.code, d.hint], ['bad-value', 'did you mean "request"?']);
  assert.deepEqual(d.span, { file: F, line: 6, col: 34, endLine: 6, endCol: 40 });
});

test('missing from or to in the object form: missing-key', () => {
  const { brief, list } = problems(`${NODES}edges:\n  - { from: web, label: x }\n`);
  assert.deepEqual(brief, ['missing-key 6:5-28']);
  assert.equal(list[0]!.message, 'edge 1 needs "to"');
});

test('unknown-key anywhere, with did-you-mean among the allowed keys', () => {
  const text = 'titel: x\ngroups:\n  g:\n    lable: G\n    nodes:\n      a: { label: A, teck: react }\nedges:\n  - { from: a, too: a }\n';
  const { brief, list } = problems(text);
  assert.deepEqual(brief, ['unknown-key 1:1-6', 'unknown-key 4:5-10', 'unknown-key 6:22-26', 'missing-key 8:5-24', 'unknown-key 8:16-19']);
  assert.deepEqual([0, 1, 2, 4].map((i) => list[i]!.hint), ['did you mean "title"?', 'did you mean "label"?', 'did you mean "tech"?', 'did you mean "to"?']);
  assert.equal(list[1]!.message, 'unknown key "lable" in group "g"');
});

test('unknown-key with nothing close lists the allowed keys', () => {
  const d = only('nodes:\n  a: { zzzzzz: 1 }\n');
  assert.equal(d.hint, 'allowed keys: label, tech, icon, description, links, tags, color, role, replicas, zone, shape');
});

test('an unquoted comma in a flow map gets a hint about quoting', () => {
  const d = only('nodes:\n  a: { label: A, description: Sessions, tokens and more }\n');
  assert.equal(d.code, 'unknown-key');
  assert.match(d.hint!, /quote text that contains commas/);
});

test('bad-type: a number for a string, a list for a map, a map for a list, a bad root', () => {
  const text = 'nodes:\n  a: { tech: 5, tags: { x: 1 } }\n  b: [x]\ngroups: [g]\nedges: { a: b }\n';
  const { brief, list } = problems(text);
  assert.deepEqual(brief, ['bad-type 2:14-15', 'bad-type 2:23-31', 'bad-type 3:6-9', 'bad-type 4:9-12', 'bad-type 5:8-16']);
  assert.equal(list[0]!.message, '"tech" of node "a" should be a string, not a number');
  assert.equal(list[2]!.message, 'node "b" should be a label or a map of node properties, not a list');
  assert.equal(list[3]!.message, '"groups" should be a map, not a list');
  assert.match(list[3]!.hint!, /^for example `groups: \{/);
  assert.deepEqual(problems('- a\n- b\n').brief, ['bad-type 1:1-4']);
  assert.equal(problems('just words\n').list[0]!.message, 'the model should be a map, not a string');
});

test('an empty value where text is expected is bad-type', () => {
  const d = only('nodes:\n  a: { label: }\n');
  assert.deepEqual([d.code, d.message], ['bad-type', '"label" of node "a" should be text, not empty']);
});

test('bad-value: direction and colours, with did-you-mean or the allowed values', () => {
  const text = 'direction: dwon\ngroups:\n  g:\n    color: gren\n    nodes:\n      a: { color: "#12345" }\n';
  const { brief, list } = problems(text);
  assert.deepEqual(brief, ['bad-value 1:12-16', 'bad-value 4:12-16', 'bad-value 6:19-27']);
  assert.deepEqual(list.map((d) => d.hint?.slice(0, 22)), ['did you mean "down"?', 'did you mean "green"?', 'use an accent (green, ']);
  assert.match(list[2]!.hint!, /#rrggbb/);
});

test('bad-id: keys of groups and nodes must be ids', () => {
  const { brief, list } = problems('nodes:\n  1abc: A\n  "web api": B\n');
  assert.deepEqual(brief, ['bad-id 2:3-7', 'bad-id 3:3-12']);
  assert.equal(list[0]!.message, '"1abc" is not a valid id');
  assert.match(list[0]!.hint!, /letter/);
});

test('duplicate-id across the file: two nodes, node and group, two groups', () => {
  const text = 'groups:\n  g:\n    nodes: { a: A }\n  h:\n    nodes: { a: A2, g: G }\n    groups:\n      h2: { nodes: { x: X } }\n  k:\n    groups:\n      h2: {}\n';
  const { brief, list } = problems(text);
  assert.deepEqual(brief, ['duplicate-id 5:14-15', 'duplicate-id 5:21-22', 'duplicate-id 10:7-9']);
  assert.equal(list[0]!.message, 'duplicate id "a": already used by the node in group "g" at line 3');
  assert.equal(list[1]!.message, 'duplicate id "g": already used by the group at line 2');
});

test('duplicate keys in one YAML map are duplicate-id, reported once', () => {
  const { brief, list } = problems('nodes:\n  a: A\n  a: B\ntitle: x\ntitle: y\n');
  assert.deepEqual(brief, ['duplicate-id 3:3-4', 'duplicate-id 5:1-6']);
  assert.match(list[0]!.message, /line 2/);
});

test('empty-model: empty file, comments only, no nodes anywhere', () => {
  for (const text of ['', '# nothing\n', 'title: x\n', 'groups:\n  g: { label: G }\n']) {
    const { brief, list, ok } = problems(text);
    assert.equal(ok, false);
    assert.deepEqual(brief, ['empty-model 1:1-1']);
    assert.equal(list[0]!.message, 'the model has no nodes');
    assert.match(list[0]!.hint!, /nodes:/);
  }
});

test('a misspelt nodes key reports the key, not also an empty model', () => {
  assert.deepEqual(problems('noeds:\n  a: A\n').brief, ['unknown-key 1:1-6']);
});

test('yaml-syntax errors come through loadModel with positions', () => {
  const { brief, ok, list } = problems('nodes:\n  a: [x\n');
  assert.equal(ok, false);
  assert.ok(brief.length >= 1 && list.every((d) => d.code === 'yaml-syntax'));
});

test('all problems at once, sorted by position, and no model', () => {
  const text = `${NODES}  web: Again\nedges:\n  - web -> autth\n  - nobody -> web\ndirection: sideways\n`;
  const { brief, ok } = problems(text);
  assert.equal(ok, false);
  assert.deepEqual(brief, ['duplicate-id 5:3-6', 'unknown-node 7:12-17', 'unknown-node 8:5-11', 'bad-value 9:12-20']);
});

test('warnings alone keep the model', () => {
  const r = loadModel('nodes: { a: { tech: qqqqqq } }', F);
  assert.ok(r.value);
  assert.equal(r.diagnostics[0]!.severity, 'warning');
});
