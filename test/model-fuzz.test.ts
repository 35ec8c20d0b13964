import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel } from '../src/model/index.js';
import { formatDiagnostic } from '../src/diagnostics/format.js';
import { random } from './seeded-random.js';

const ALPHABET = 'ab01 :-,>.[]{}#&*!|\'"%@`?\n\t\\~=<éλ\u0000\r';
const BASE = 'title: T\ngroups:\n  g:\n    color: cyan\n    nodes:\n      a: { label: A, tech: react }\n      b: B\nnodes:\n  c: C\nedges:\n  - a, b -> c: x\n  - { from: c, to: a, kind: data }\n';

function checkResult(text: string): void {
  const r = loadModel(text, 'fuzz.arch.yaml');
  const lines = text.split('\n').length;
  if (r.value === null) assert.ok(r.diagnostics.some((d) => d.severity === 'error'), JSON.stringify(text));
  for (const d of r.diagnostics) {
    assert.ok(d.code && d.message, JSON.stringify(text));
    if (d.span) assert.ok(d.span.line >= 1 && d.span.line <= lines && d.span.col >= 1, JSON.stringify({ text, d }));
    formatDiagnostic(d, text, { color: true });
  }
}

test('random junk never throws and always gives at least one diagnostic', () => {
  const next = random(42);
  for (let i = 0; i < 400; i++) {
    const length = Math.floor(next() * 60);
    const text = Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    const r = loadModel(text, 'junk.arch.yaml');
    assert.ok(r.diagnostics.length > 0, JSON.stringify(text));
    checkResult(text);
  }
});

test('random edits of a valid model never throw; a null model always comes with an error', () => {
  const next = random(7);
  for (let i = 0; i < 250; i++) {
    let text = BASE;
    for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
      const at = Math.floor(next() * text.length);
      const piece = ALPHABET[Math.floor(next() * ALPHABET.length)]!;
      text = next() < 0.5 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + piece + text.slice(at);
    }
    checkResult(text);
  }
});

test('odd but valid YAML shapes never throw', () => {
  for (const text of ['nodes: { ? [a] : b }', 'nodes: { a: *x }', '!!binary aGk=', 'nodes: !!set { a }', '---\nnodes: {a: A}\n---\nx: 1', 'nodes: { constructor: A, __proto__: B }', 'edges: [[a -> b]]', 'edges: [{}]', '{ : x }', 'nodes:\n  a: { links: [5, { url: 3 }] }']) {
    checkResult(text);
  }
});

test('the same input gives the same result, every time', () => {
  const next = random(99);
  for (let i = 0; i < 25; i++) {
    const at = Math.floor(next() * BASE.length);
    const text = BASE.slice(0, at) + BASE.slice(at + 2);
    assert.equal(JSON.stringify(loadModel(text, 'd.arch.yaml')), JSON.stringify(loadModel(text, 'd.arch.yaml')));
  }
});
