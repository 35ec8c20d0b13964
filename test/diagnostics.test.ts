import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDiagnostic, diagnosticsToJson } from '../src/diagnostics/format.js';
import { error, warning, hasErrors } from '../src/diagnostics/make.js';
import { sortDiagnostics } from '../src/diagnostics/sort.js';
import { closest, didYouMean } from '../src/diagnostics/suggest.js';
import type { Span } from '../src/diagnostics/types.js';

const F = 'examples/broken.arch.yaml';
const span = (line: number, col: number, endLine: number, endCol: number): Span => ({ file: F, line, col, endLine, endCol });
const SOURCE = ['title: x', 'edges:', '  - web -> gateway', '  - gateway -> autth', ''].join('\n');

test('formats the first line, the code frame with the line before, carets and the hint', () => {
  const d = error('unknown-node', 'edge refers to unknown node "autth"', span(4, 16, 4, 21), 'did you mean "auth"?');
  assert.equal(formatDiagnostic(d, SOURCE), [
    'examples/broken.arch.yaml:4:16: error[unknown-node]: edge refers to unknown node "autth"',
    '    3 |   - web -> gateway',
    '    4 |   - gateway -> autth',
    '      |                ^^^^^',
    '   hint: did you mean "auth"?',
  ].join('\n'));
});

test('line numbers are right-aligned to the widest one; line 1 has no line before', () => {
  const source = `${Array.from({ length: 12345 }, () => 'x: 1').join('\n')}`;
  const text = formatDiagnostic(warning('w', 'm', span(10000, 1, 10000, 2)), source);
  assert.deepEqual(text.split('\n').slice(1), ['  9999 | x: 1', ' 10000 | x: 1', '       | ^']);
  assert.deepEqual(formatDiagnostic(error('e', 'm', span(1, 1, 1, 6)), SOURCE).split('\n').slice(1), ['    1 | title: x', '      | ^^^^^']);
});

test('a span over several lines is underlined to the end of its first line; empty spans get one caret', () => {
  const lines = formatDiagnostic(error('e', 'm', span(3, 5, 4, 3)), SOURCE).split('\n');
  assert.equal(lines.at(-1), '      |     ^^^^^^^^^^^^^^');
  assert.equal(formatDiagnostic(error('e', 'm', span(2, 7, 2, 7)), SOURCE).split('\n').at(-1), '      |       ^');
});

test('without a source, or without a span, only the first line and the hint', () => {
  assert.equal(formatDiagnostic(error('e', 'm', span(1, 1, 1, 2), 'h'), null), `${F}:1:1: error[e]: m\n   hint: h`);
  assert.equal(formatDiagnostic(warning('w', 'no place'), SOURCE), 'warning[w]: no place');
});

test('a blank line or a line past the end shows no frame', () => {
  assert.equal(formatDiagnostic(error('empty-model', 'm', span(1, 1, 1, 1)), ''), `${F}:1:1: error[empty-model]: m`);
  assert.equal(formatDiagnostic(error('e', 'm', span(99, 1, 99, 1)), SOURCE), `${F}:99:1: error[e]: m`);
});

test('tabs show as one space so carets stay aligned', () => {
  const lines = formatDiagnostic(error('e', 'm', span(1, 4, 1, 5)), 'a:\tb').split('\n');
  assert.deepEqual(lines.slice(1), ['    1 | a: b', '      |    ^']);
});

test('colour adds ANSI codes; without it there are none', () => {
  const d = error('e', 'm', span(4, 16, 4, 21), 'h');
  const colored = formatDiagnostic(d, SOURCE, { color: true });
  assert.match(colored, /\x1b\[31;1merror\[e\]\x1b\[0m/);
  assert.equal(colored.replace(/\x1b\[[0-9;]*m/g, ''), formatDiagnostic(d, SOURCE));
  assert.ok(!formatDiagnostic(d, SOURCE).includes('\x1b'));
});

test('JSON form: fixed keys, nulls for what is absent', () => {
  const list = [error('e', 'm', span(2, 3, 2, 5), 'h'), warning('w', 'n')];
  assert.deepEqual(diagnosticsToJson(list), [
    { severity: 'error', code: 'e', message: 'm', hint: 'h', file: F, line: 2, col: 3, endLine: 2, endCol: 5 },
    { severity: 'warning', code: 'w', message: 'n', hint: null, file: null, line: null, col: null, endLine: null, endCol: null },
  ]);
  assert.deepEqual(Object.keys(diagnosticsToJson(list)[0]!), ['severity', 'code', 'message', 'hint', 'file', 'line', 'col', 'endLine', 'endCol']);
});

test('sorting: by file, line, column; unpositioned last; ties keep their order', () => {
  const a = error('a', 'a', span(3, 1, 3, 2));
  const b = error('b', 'b', span(1, 9, 1, 10));
  const c = error('c', 'c', span(1, 2, 1, 3));
  const d = error('d', 'd');
  const e = error('e', 'e', span(1, 2, 1, 3));
  assert.deepEqual(sortDiagnostics([d, a, b, c, e]).map((x) => x.code), ['c', 'e', 'b', 'a', 'd']);
});

test('make: hint and span are left out when undefined; hasErrors ignores warnings', () => {
  assert.deepEqual(Object.keys(error('x', 'y')), ['severity', 'code', 'message']);
  assert.equal(hasErrors([warning('w', 'm')]), false);
  assert.equal(hasErrors([warning('w', 'm'), error('e', 'm')]), true);
});

test('did-you-mean: close typos found, short words only one edit away', () => {
  assert.equal(didYouMean('autth', ['auth', 'web', 'gateway']), 'did you mean "auth"?');
  assert.equal(didYouMean('lable', ['label', 'tech']), 'did you mean "label"?');
  assert.equal(didYouMean('go', ['pg', 'postgresql']), undefined);
  assert.deepEqual(closest('vu', ['vue', 'go']), ['vue']);
  assert.equal(didYouMean('zzzzzz', ['label']), undefined);
});
