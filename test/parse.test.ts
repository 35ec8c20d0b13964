import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, spanInScalar, positionAt, type SourceMap, type SourceScalar, type SourceValue } from '../src/parse/index.js';

const F = 'm.arch.yaml';

function parsed(text: string) {
  const r = parseDocument(text, F);
  assert.ok(r.value, JSON.stringify(r.diagnostics));
  return r.value;
}

function at(value: SourceValue | null, ...path: (string | number)[]): SourceValue {
  let v = value!;
  for (const p of path) v = typeof p === 'number' ? (v as { items: SourceValue[] }).items[p]! : (v as SourceMap).entries.find((e) => e.name === p)!.value;
  return v;
}

test('builds a plain tree with 1-based spans of keys and values', () => {
  const doc = parsed('title: Shop\ngroups:\n  web:\n    label: Web\n');
  const root = doc.root as SourceMap;
  assert.deepEqual(root.entries.map((e) => e.name), ['title', 'groups']);
  const web = (at(root, 'groups') as SourceMap).entries[0]!;
  assert.deepEqual(web.key.span, { file: F, line: 3, col: 3, endLine: 3, endCol: 6 });
  assert.deepEqual(at(root, 'groups', 'web', 'label').span, { file: F, line: 4, col: 12, endLine: 4, endCol: 15 });
});

test('block maps and lists end at their last character, not after the line break', () => {
  const doc = parsed('edges:\n  - a -> b: x\n  - c -> d\n');
  assert.deepEqual(at(doc.root, 'edges', 0).span, { file: F, line: 2, col: 5, endLine: 2, endCol: 14 });
  assert.deepEqual(at(doc.root, 'edges').span, { file: F, line: 2, col: 3, endLine: 3, endCol: 11 });
});

test('scalars keep their type and style; a missing value is a null scalar after the colon', () => {
  const doc = parsed('a: 1\nb: true\nc: "x"\nd: \'y\'\ne: |\n  z\nf:\n');
  const s = (k: string) => at(doc.root, k) as SourceScalar;
  assert.deepEqual([s('a').value, s('b').value, s('c').value, s('d').value, s('e').value], [1, true, 'x', 'y', 'z\n']);
  assert.deepEqual([s('c').style, s('d').style, s('e').style, s('a').style], ['double', 'single', 'literal', 'plain']);
  assert.equal(s('f').value, null);
  assert.deepEqual([s('f').span.line, s('f').span.col], [7, 3]);
});

test('JSON is YAML too', () => {
  const doc = parsed('{"nodes": {"a": {"label": "A"}}, "edges": ["a -> a"]}');
  assert.equal((at(doc.root, 'nodes', 'a', 'label') as SourceScalar).value, 'A');
  assert.equal(at(doc.root, 'edges', 0).span.col, 44);
});

test('a repeated key is duplicate-id at the second one, naming the first line; the first is kept', () => {
  const r = parseDocument('nodes:\n  a: One\n  b: B\n  a: Two\n', F);
  assert.ok(r.value);
  const [d] = r.diagnostics;
  assert.equal(r.diagnostics.length, 1);
  assert.equal(d!.code, 'duplicate-id');
  assert.equal(d!.severity, 'error');
  assert.match(d!.message, /"a".*line 2/);
  assert.deepEqual([d!.span!.line, d!.span!.col, d!.span!.endCol], [4, 3, 4]);
  assert.deepEqual((at(r.value.root, 'nodes') as SourceMap).entries.map((e) => (e.value as SourceScalar).value), ['One', 'B']);
});

test('YAML syntax errors become positioned yaml-syntax diagnostics with the first line of the message', () => {
  const r = parseDocument('title: x\nnodes: [a, b\n', F);
  assert.equal(r.value, null);
  assert.ok(r.diagnostics.length >= 1);
  for (const d of r.diagnostics) {
    assert.equal(d.code, 'yaml-syntax');
    assert.ok(!d.message.includes('\n') && d.message.length > 0);
    assert.ok(d.span && d.span.line >= 2);
  }
});

test('a bad indentation is reported at its line', () => {
  const r = parseDocument('nodes:\n  a: A\n b: B\n', F);
  assert.equal(r.value, null);
  assert.equal(r.diagnostics[0]!.code, 'yaml-syntax');
  assert.equal(r.diagnostics[0]!.span!.line, 3);
});

test('tabs for indentation get a hint', () => {
  const r = parseDocument('nodes:\n\ta: A\n', F);
  assert.equal(r.value, null);
  assert.ok(r.diagnostics.some((d) => d.code === 'yaml-syntax' && /tab/i.test(`${d.message} ${d.hint}`)));
});

test('empty text and comment-only text give a null root, not an error', () => {
  for (const text of ['', '# just a comment\n', '\n\n']) {
    const r = parseDocument(text, F);
    assert.ok(r.value);
    assert.equal(r.value.root, null);
    assert.deepEqual(r.diagnostics, []);
  }
});

test('aliases resolve to their anchor', () => {
  const doc = parsed('base: &b { label: X }\nnodes:\n  a: *b\n');
  assert.equal((at(doc.root, 'nodes', 'a', 'label') as SourceScalar).value, 'X');
});

test('an exponential alias bomb stops with yaml-too-big instead of hanging', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  const r = parseDocument(lines.join('\n'), F);
  assert.equal(r.value, null);
  assert.equal(r.diagnostics.filter((d) => d.code === 'yaml-too-big').length, 1);
});

test('absurd nesting is a diagnostic, not a crash', () => {
  for (const text of ['['.repeat(5000), `${'- '.repeat(3000)}x`, `${'a: {'.repeat(2000)}`]) {
    const r = parseDocument(text, F);
    assert.equal(r.value, null);
    assert.ok(r.diagnostics.length > 0);
  }
});

test('positionAt maps offsets to 1-based line and column', () => {
  const starts = [0, 4, 10];
  assert.deepEqual(positionAt(starts, 0), { line: 1, col: 1 });
  assert.deepEqual(positionAt(starts, 5), { line: 2, col: 2 });
  assert.deepEqual(positionAt(starts, 12), { line: 3, col: 3 });
});

test('spanInScalar places characters of plain, quoted and block scalars', () => {
  const text = 'e:\n  - gw -> autth\n  - "gw -> autth"\n  - \'it\'\'s -> autth\'\n  - >-\n    gw ->\n    autth\n';
  const doc = parsed(text);
  const span = (i: number, word: string) => {
    const s = at(doc.root, 'e', i) as SourceScalar;
    const from = String(s.value).lastIndexOf(word);
    return spanInScalar(doc, s, from, from + word.length);
  };
  assert.deepEqual(span(0, 'autth'), { file: F, line: 2, col: 11, endLine: 2, endCol: 16 });
  assert.deepEqual(span(1, 'autth'), { file: F, line: 3, col: 12, endLine: 3, endCol: 17 });
  assert.deepEqual(span(2, 'autth'), { file: F, line: 4, col: 15, endLine: 4, endCol: 20 });
  assert.deepEqual(span(3, 'autth'), { file: F, line: 7, col: 5, endLine: 7, endCol: 10 });
});

test('spanInScalar falls back to the whole scalar when escapes hide the characters', () => {
  const doc = parsed('e: "\\x61 -> b"\n');
  const s = at(doc.root, 'e') as SourceScalar;
  assert.deepEqual(spanInScalar(doc, s, 0, 1), s.span);
});

test('CRLF line endings keep columns right', () => {
  const doc = parsed('title: x\r\nnodes:\r\n  a: A\r\n');
  const a = (at(doc.root, 'nodes') as SourceMap).entries[0]!;
  assert.deepEqual([a.key.span.line, a.key.span.col], [3, 3]);
});
