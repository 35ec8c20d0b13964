import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/parse/index.js';

test('a block item ends at its value, not at a trailing comment', () => {
  const text = 'edges:\n  - web -> users: HTTPS   # request\n';
  const root = parseDocument(text, 'm.arch.yaml').value!.root;
  assert.equal(root?.kind, 'map');
  const edges = root.kind === 'map' ? root.entries[0]!.value : null;
  assert.equal(edges?.kind, 'list');
  const item = edges?.kind === 'list' ? edges.items[0]! : null;
  assert.deepEqual([item!.span.line, item!.span.col, item!.span.endCol], [2, 5, 24]);
});

test('a flow map keeps its closing brace', () => {
  const root = parseDocument('edges:\n  - { from: a, to: b }   # c\n', 'm.arch.yaml').value!.root;
  const edges = root?.kind === 'map' ? root.entries[0]!.value : null;
  const item = edges?.kind === 'list' ? edges.items[0]! : null;
  assert.deepEqual([item!.span.col, item!.span.endCol], [5, 23]);
});
