// The fast reading of a model (js-yaml's events, src/parse/events.ts) against the YAML library's
// (parseWithLibrary): wherever the fast one answers, it gives the very tree, spans and all, that
// the library gives; where it does not, parseDocument falls back to the library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, parseWithLibrary } from '../src/parse/index.js';
import { readEvents } from '../src/parse/events.js';
import { lineStartsOf } from '../src/parse/positions.js';
import { packageRoot } from '../src/paths.js';
import { random } from './seeded-random.js';

const ROOT = packageRoot();

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const FILES = ['examples', 'test/fixtures', 'docs'].flatMap((d) => yamlFiles(join(ROOT, d))).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** The same model written other ways a person might: Windows line ends, comments, blank lines. */
const VARIANTS: Record<string, (text: string) => string> = {
  asIs: (t) => t,
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  commentLines: (t) => t.replace(/^(\s*)(\w[\w-]*:)/gm, '$1# about $2\n$1$2'),
  lineEndComments: (t) => t.replace(/^([^#\n]*\S:)$/gm, '$1  # a map follows'),
  blankLines: (t) => t.replace(/\n/g, '\n\n'),
  commentAtEnd: (t) => `${t}# the end\n`,
  tabsAfterValues: (t) => t.replace(/^(\s*\w+: \w[^\n#{}[\],]*)$/gm, '$1\t'),
};

const SNIPPETS = [
  '',
  '# only a comment\n',
  'title: T\n',
  'title: "Quoted \\"title\\" with \\u00e9scapes\\n"\n',
  "title: 'It''s single'\n",
  'title: a plain scalar\n  folded over\n  three lines\n',
  'title: "a quoted scalar\n  over lines"\n',
  'n: 1\nf: 1.5\ne: 2e3\nneg: -7\npos: +3\ndot: .5\nint0: 007\nt: true\nF: False\nz: null\nt2: ~\n',
  '1: one\ntrue: yes\nnull: nothing\n',
  'edges: [a -> b, "c -> d", { from: a, to: b }]\n',
  'edges: [a -> b: label, c -> d]\n',
  'nested: { a: [1, [2, 3], {b: c}], d: {} , e: [] }\n',
  'list:\n  - a\n  - - b\n    - c\n  - d: e\n    f: g\n',
  'list:\n- a\n- b\n',
  'é: λ\n"quoted key": v\n\'single key\': w\n',
  'trailing: [a, b, ]\nflow: {a: b, }\n',
  'a: b # comment\nc: d\n',
  'a:\n  b: c\n  # inner comment\n  d: e\n',
  'a:\n  b: c\n# after\n',
  'a:\n  b:\n    c: d\n    # deeper than a\n',
  'a:\n  - b\n    # deeper than the list\n',
  'a:\n  b: c  # on the last line\n',
  'a:\n  b:\n    c: d\n  # at b\n  e: f\n',
  'a: {b: c} # after\n',
  'hex: 0x1F\n',
  'oct: 0o17\n',
  'inf: .inf\n',
  'anchor: &x 1\nalias: *x\n',
  'tagged: !!str 1\n',
  'block: |\n  text\n',
  'folded: >-\n  text\n',
  'e: |+ # keep\n  keep\n\n\nf: x\n',
  'e: |\n\n  after a blank line\n',
  'e: |\nf: x\n',
  '- |\n  item\n- >2\n    indented\n',
  'e: |\n  a\n # not its text\nf: x\n',
  'e: |\n  a\n    # deeper: its text\n  b\n',
  '"a|b": |\n  x\n',
  'k: >- # a|b\n  y\n',
  'description: >\n  Multi-line\n  description.\nnodes:\n  a: A\n',
  'empty:\n',
  'dup: 1\ndup: 2\n',
  '---\ntitle: T\n',
  'title: T\n---\ntitle: U\n',
  '? explicit\n: key\n',
  '[a, b]\n',
  '  [a: b]\n',
  'a\r: b\n',
  'a: b\r\nc: d\r\n',
  'x: "tab\there"\n',
  'url: https://example.com/a?b=c#frag\n',
  'k: a: b\n',
  'k: - a\n',
  'title: T\u00a0\n',
  'title: "T"\u00a0\n',
  'title: T\u3000\u2003 \n',
  'a: [x\u00a0, y]\n',
  'a:\n  - x\u00a0\n  - y\u202f\n',
  'a:\n  b: \u00a0\n',
  'a: [x: \u00a0]\n',
];

function check(name: string, text: string): boolean {
  const fast = readEvents(text, 'm.arch.yaml', lineStartsOf(text));
  const slow = parseWithLibrary(text, 'm.arch.yaml');
  assert.deepEqual(parseDocument(text, 'm.arch.yaml'), fast ? { value: { file: 'm.arch.yaml', text, root: fast.root, lineStarts: lineStartsOf(text) }, diagnostics: [] } : slow, name);
  if (!fast) return false;
  assert.deepEqual(slow.diagnostics, [], `${name}: the fast reading answered where the library reports ${JSON.stringify(slow.diagnostics)}`);
  assert.deepEqual(fast.root, slow.value?.root ?? null, `${name}: ${JSON.stringify(text)}`);
  return true;
}

test('every model in the repository, written several ways, reads the same fast as through the YAML library', () => {
  assert.ok(FILES.length >= 15, `${FILES.length} YAML files`);
  const answered: string[] = [];
  for (const { name, text } of FILES) {
    for (const [way, rewrite] of Object.entries(VARIANTS)) if (check(`${name} (${way})`, rewrite(text))) answered.push(`${name} ${way}`);
  }
  // The fast reading is the one a render of the examples takes, as they are and as people vary them.
  for (const example of FILES.filter((f) => /^examples\/[^/]+\.arch\.yaml$/.test(f.name))) {
    for (const way of ['asIs', 'crlf', 'commentLines', 'lineEndComments', 'blankLines', 'tabsAfterValues']) {
      assert.ok(answered.includes(`${example.name} ${way}`), `${example.name} (${way}) took the slow reading`);
    }
  }
});

test('hand-picked YAML reads the same fast as through the YAML library, or is left to it', () => {
  const left = SNIPPETS.filter((text) => !check(JSON.stringify(text), text));
  // What the fast reading leaves to the library, on purpose.
  for (const text of ['hex: 0x1F\n', 'anchor: &x 1\nalias: *x\n', 'tagged: !!str 1\n', 'empty:\n', 'dup: 1\ndup: 2\n', 'title: T\n---\ntitle: U\n', '? explicit\n: key\n', 'a\r: b\n', 'a:\n  b:\n    c: d\n    # deeper than a\n', 'a:\n  - b\n    # deeper than the list\n', 'a:\n  b: c  # on the last line\n']) {
    assert.ok(left.includes(text), `${JSON.stringify(text)} is left to the YAML library`);
  }
  assert.ok(SNIPPETS.length - left.length >= 20, `the fast reading answered ${SNIPPETS.length - left.length} of ${SNIPPETS.length}`);
});

test('a thousand generated models read the same fast as through the YAML library', () => {
  const next = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const WORDS = ['web', 'api', 'nbsp\u00a0', '\u3000wide', 'em\u2003', 'Auth Service', 'db', '1', '2.5', 'true', 'null', '~', '"quoted: yes"', "'it''s'", 'a -> b', 'x, y --> z: sync', 'é λ', '#hash', 'a#b', 'tab\there', 'https://x.io/a#b'];
  const scalar = (): string => pick(WORDS);
  const value = (depth: number, indent: string): string => {
    const r = next();
    if (depth > 2 || r < 0.45) return ` ${scalar()}`;
    if (r < 0.5) return ` ${pick(['|', '>', '|-', '>+', '|2'])}${next() < 0.3 ? ' # header' : ''}\n${indent}  ${scalar()}\n${indent}  ${scalar()}${next() < 0.3 ? '\n' : ''}`;
    if (r < 0.65) return ` { ${Array.from({ length: Math.floor(next() * 3) }, (_, i) => `k${i}: ${scalar()}`).join(', ')} }`;
    if (r < 0.8) return ` [${Array.from({ length: Math.floor(next() * 3) }, () => scalar()).join(', ')}]`;
    if (r < 0.9) return `\n${Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${indent}  -${value(depth + 1, `${indent}  `)}`).join('\n')}`;
    return `\n${Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => `${indent}  m${i}:${value(depth + 1, `${indent}  `)}`).join('\n')}`;
  };
  let answered = 0;
  for (let n = 0; n < 1000; n++) {
    const lines = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, i) => `key${i}:${value(0, '')}${next() < 0.2 ? '  # note' : ''}`);
    // Comment lines at any indentation between any two lines, some of them.
    const body = lines.join(next() < 0.2 ? '\n\n' : '\n').split('\n').flatMap((line) => (next() < 0.15 ? [line, `${' '.repeat(Math.floor(next() * 8))}# c`] : [line]));
    const text = `${body.join('\n')}\n`;
    if (check(`generated ${n}`, next() < 0.2 ? text.replace(/\n/g, '\r\n') : text)) answered++;
  }
  assert.ok(answered > 400, `the fast reading answered ${answered} of 1000`);
});

test('400 mutated models (characters inserted, deleted, replaced) read the same fast as through the YAML library, or are left to it', () => {
  // Random edits of real models make the texts that are almost YAML, where a lenient reading and
  // a strict one part ways: wherever the fast reading answers, the library must accept the text too.
  const next = random(11);
  const bases = [
    ...FILES.filter((f) => /^examples\/[^/]+\.arch\.yaml$/.test(f.name)).map((f) => f.text),
    'title: T\ndescription: >\n  Folded over\n  two lines.\nnodes:\n  a:\n    label: A\n    description: |\n      Literal\n      text\n  b: B\nedges:\n  - a -> b\n',
  ];
  const ALPHABET = 'ab01 :-,>.[]{}#&*!|\'"%@`?\n\t\\~=<éλ\u00a0\u2028\r';
  let answered = 0;
  for (let n = 0; n < 400; n++) {
    let text = bases[Math.floor(next() * bases.length)]!;
    for (let edits = 1 + Math.floor(next() * 4); edits > 0; edits--) {
      const at = Math.floor(next() * text.length), how = next(), c = ALPHABET[Math.floor(next() * ALPHABET.length)]!;
      text = how < 0.4 ? text.slice(0, at) + c + text.slice(at) : how < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + c + text.slice(at + 1);
    }
    if (check(`mutation ${n}`, text)) answered++;
  }
  assert.ok(answered > 100, `the fast reading answered ${answered} of 400`);
});
