// The model resolves each node's shape: its `shape:`, else its technology's, else card; a bad
// value is a positioned error with did-you-mean; the JSON Schema offers the shapes to editors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NODE_SHAPES } from '../src/catalog/types.js';
import { loadModel, modelJsonSchema } from '../src/model/index.js';
import { layoutModel } from '../src/layout/index.js';

const F = 's.arch.yaml';

function shapes(text: string): Record<string, string | undefined> {
  const r = loadModel(text, F);
  assert.ok(r.value, JSON.stringify(r.diagnostics));
  return Object.fromEntries(r.value.nodes.map((n) => [n.id, n.shape]));
}

test('the shape comes from the technology: databases are cylinders, gateways hexagons, S3 a document', () => {
  const text = 'nodes:\n  db: { tech: postgresql }\n  gw: { tech: nginx }\n  s3: { tech: aws-s3 }\n  k: { tech: kafka }\n  u: { tech: user }\n  web: { tech: react }\n';
  assert.deepEqual(shapes(text), { db: 'cylinder', gw: 'hexagon', s3: 'document', k: 'queue', u: 'person', web: 'card' });
});

test('no technology or an unknown one is a card', () => {
  assert.deepEqual(shapes('nodes:\n  a: A\n  b:\n  c: { tech: zyxwvut }\n'), { a: 'card', b: 'card', c: 'card' });
});

test('shape: overrides the technology, for every shape', () => {
  const text = `nodes:\n${NODE_SHAPES.map((s) => `  n-${s}: { tech: postgresql, shape: ${s} }`).join('\n')}\n`;
  assert.deepEqual(Object.values(shapes(text)), [...NODE_SHAPES]);
});

test('the override reaches the scene', async () => {
  const r = loadModel('nodes:\n  db: { tech: postgresql, shape: cloud }\n  api: { tech: go }\n', F);
  const scene = await layoutModel(r.value!);
  assert.deepEqual(scene.nodes.map((n) => [n.id, n.shape]), [['db', 'cloud'], ['api', 'card']]);
});

test('a misspelt shape is an error at the value, with did-you-mean', () => {
  const r = loadModel('nodes:\n  db: { tech: postgresql, shape: cylindr }\n', F);
  assert.equal(r.value, null);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0]!;
  assert.deepEqual([d.severity, d.code, d.hint], ['error', 'bad-value', 'did you mean "cylinder"?']);
  assert.match(d.message, /"shape" of node "db" must be one of card, cylinder, .*not "cylindr"/);
  assert.deepEqual(d.span, { file: F, line: 2, col: 34, endLine: 2, endCol: 41 });
});

test('a shape nothing like any lists the shapes', () => {
  const d = loadModel('nodes:\n  a: { shape: zzzzzzzz }\n', F).diagnostics[0]!;
  assert.equal(d.code, 'bad-value');
  assert.match(d.message, new RegExp(NODE_SHAPES.join(', ')));
});

test('the JSON Schema offers every shape', () => {
  const text = JSON.stringify(modelJsonSchema());
  assert.ok(text.includes(`"enum":${JSON.stringify(NODE_SHAPES)}`), 'shape enum in the schema');
});
