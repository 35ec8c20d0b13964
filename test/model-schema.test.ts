import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { loadModel, modelJsonSchema } from '../src/model/index.js';
import { parseEdgeText } from '../src/model/edge-syntax.js';

const warnings: string[] = [];
const ajv = new Ajv2020({ strict: true, allErrors: true, logger: { log: () => {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) } });
const check = ajv.compile(modelJsonSchema());
const schemaOk = (text: string) => check(parse(text));
const STRUCTURAL = new Set(['unknown-key', 'bad-type', 'bad-value', 'bad-id', 'bad-edge', 'missing-key']);

test('the schema is draft 2020-12 with an $id and compiles in ajv strict mode without warnings', () => {
  const schema = modelJsonSchema() as Record<string, unknown>;
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'https://neonarch.dev/schema/model.json');
  assert.deepEqual(warnings, []);
});

test('every property, item and option has a title and a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    if (('type' in s || '$ref' in s || 'oneOf' in s) && !(typeof s.title === 'string' && typeof s.description === 'string')) missing.push(path);
    for (const key of ['properties', '$defs']) for (const [k, v] of Object.entries((s[key] as object) ?? {})) visit(v, `${path}/${key}/${k}`);
    for (const key of ['items', 'additionalProperties']) visit(s[key], `${path}/${key}`);
    (s.oneOf as unknown[] | undefined)?.forEach((v, i) => visit(v, `${path}/oneOf/${i}`));
  };
  visit(modelJsonSchema(), '#');
  assert.deepEqual(missing, []);
});

const VALID = [
  'nodes: { a: A }',
  'title: T\ndirection: left\ntheme: light\nnodes:\n  a: { label: A, tech: react, links: [https://x, { url: https://y, title: Y }], tags: [t, 1], color: pink }\n  b:\n  c: C\nedges:\n  - a -> b\n  - a, b --> c: 443\n  - b ..> a:\n  - { from: [a], to: b, kind: telemetry, label: L, description: D }\n',
  'groups:\n  g:\n    label: G\n    color: "#00ff88"\n    groups:\n      h:\n        description: inner\n        nodes: { x: X, y: { tech: postgres } }\nedges: ["x -> y: SQL"]\n',
  '{"$schema": "./neonarch.schema.json", "nodes": {"a": "A", "b": {"label": "B"}}, "edges": [{"from": "a", "to": ["b"]}]}',
];

test('valid models pass both the schema and the checker', () => {
  for (const text of VALID) {
    assert.equal(schemaOk(text), true, `${text}\n${JSON.stringify(check.errors)}`);
    assert.ok(loadModel(text, 'v.arch.yaml').value, text);
  }
});

const INVALID = [
  'nodes: { a: { lable: A } }',
  'nodes: { a: { tech: 5 } }',
  'nodes: [a, b]',
  'nodes: { a: [x] }',
  'nodes: { a: A }\ndirection: sideways',
  'nodes: { a: { color: gren } }',
  'nodes: { a: { color: "#12345" } }',
  'nodes: { 1a: A }',
  'nodes: { a: A, b: B }\nedges: [ "a => b" ]',
  'nodes: { a: A, b: B }\nedges: [ "a->b" ]',
  'nodes: { a: A, b: B }\nedges: [ { from: a } ]',
  'nodes: { a: A, b: B }\nedges: [ { from: a, to: b, kind: reqest } ]',
  'nodes: { a: A, b: B }\nedges: [ { from: a, to: b, color: red } ]',
  'nodes: { a: A, b: B }\nedges:\n  - a -> b: x\n    b -> a: y\n',
  'nodes: { a: A, b: B }\nedges: [ 5 ]',
  'nodes: { a: { links: [ { title: no url } ] } }',
  'nodes: { a: A }\ntitle: [x]',
  'groups: { g: { nodes: { a: A }, colour: red } }',
  '[1, 2]',
];

test('invalid models fail both the schema and the checker (with a structural diagnostic)', () => {
  for (const text of INVALID) {
    assert.equal(schemaOk(text), false, text);
    const r = loadModel(text, 'i.arch.yaml');
    assert.equal(r.value, null, text);
    assert.ok(r.diagnostics.some((d) => STRUCTURAL.has(d.code)), `${text}\n${JSON.stringify(r.diagnostics)}`);
  }
});

test('the edge pattern in the schema and the edge parser agree', () => {
  const strings = [
    'a -> b', 'a --> b', 'a ..> b', 'a, b -> c, d', 'a,b->c', 'a -> b: x', 'a -> b:', 'a -> b : x: y', ' a  ->  b ', 'a.b -> c-d',
    '_a -> b_', 'a -> 1b', 'a => b', 'a <- b', 'a -> ', '-> b', 'a - > b', 'a -> b, ', 'a, -> b', 'a -> b -> c', 'a..>b', 'a\n-> b', 'a -> b\n: l',
  ];
  for (const s of strings) {
    const parser = parseEdgeText(s, true) !== null;
    const schema = check({ nodes: { a: 'A' }, edges: [s] });
    assert.equal(schema, parser, `${JSON.stringify(s)}: schema ${schema}, parser ${parser}`);
  }
});
