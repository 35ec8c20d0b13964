// A user's theme file: extends a built-in theme, overrides tokens; mistakes are positioned errors,
// unreadable colours are drawn readable with a `low-contrast` warning at the token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../src/parse/index.js';
import { contrastIssues, contrastRatio, getTheme, themeFromDocument, tokenPaths } from '../src/theme/index.js';

const FILE = 'brand.theme.yaml';
const load = (text: string) => themeFromDocument(parseDocument(text, FILE).value!);
const where = (d: { span?: { file: string; line: number; col: number } }) => `${d.span?.file}:${d.span?.line}:${d.span?.col}`;

test('a theme file extends a built-in theme and overrides its tokens; accents follow the new palette', () => {
  const r = load('extends: light\nbackground: "#fafaf5"\nnode: { radius: 4 }\npalette: { green: "#0a6b3d" }\n');
  assert.deepEqual(r.diagnostics, []);
  const t = r.value!;
  const light = getTheme('light')!;
  assert.equal(t.name, 'brand');
  assert.equal(t.background, '#fafaf5');
  assert.equal(t.node.radius, 4);
  assert.equal(t.node.fill, light.node.fill, 'tokens not set come from the base');
  assert.equal(t.palette.green, '#0a6b3d');
  assert.equal(t.accents.green.stroke, '#0a6b3d');
  assert.notEqual(t.accents.green.groupFill, light.accents.green.groupFill);
  assert.deepEqual(contrastIssues(t), []);
  assert.equal(light.background, '#ffffff', 'the built-in theme is not changed');
});

test('without extends a theme file builds on dark-neon; name and description can be set', () => {
  const t = load('name: acme\ndescription: Acme colours\ntitle: "#FFF"\n').value!;
  assert.equal(t.name, 'acme');
  assert.equal(t.description, 'Acme colours');
  assert.equal(t.title, '#ffffff', '#rgb is accepted and normalised');
  assert.equal(t.background, getTheme('dark-neon')!.background);
});

test('an unknown token is an error at its key, with did-you-mean, also across levels', () => {
  const r = load('extends: dark-neon\nnode:\n  fil: "#101010"\nlabel: "#ffffff"\naccents: { green: "#00ff00" }\n');
  assert.equal(r.value, null);
  const [fil, label, accents] = [...r.diagnostics].sort((a, b) => a.span!.line - b.span!.line);
  assert.equal(where(fil!), 'brand.theme.yaml:3:3');
  assert.equal(fil!.code, 'unknown-token');
  assert.match(fil!.message, /"node\.fil"/);
  assert.equal(fil!.hint, 'did you mean "node.fill"?');
  assert.equal(where(label!), 'brand.theme.yaml:4:1');
  assert.equal(label!.hint, 'did you mean "node.label"?');
  assert.match(accents!.hint!, /derived from palette/);
});

test('bad colours and values are errors at the value; an unquoted # gets its own hint', () => {
  const r = load('background: reddish\ntitle: #fff\nnode: { radius: 99 }\nedges: { data: { cap: square, dash: "7 x" } }\nglow: yes\n');
  assert.equal(r.value, null);
  const byLine = new Map(r.diagnostics.map((d) => [d.span!.line, d]));
  assert.equal(byLine.get(1)!.code, 'bad-colour');
  assert.match(byLine.get(1)!.message, /"background" must be a colour like "#1a2b3c", not "reddish"/);
  assert.equal(where(byLine.get(1)!), 'brand.theme.yaml:1:13');
  assert.match(byLine.get(2)!.hint!, /unquoted # starts a comment/);
  assert.match(byLine.get(3)!.message, /"node\.radius" must be a number from 0 to 40, not "99"/);
  assert.equal(r.diagnostics.filter((d) => d.span!.line === 4).length, 2);
  assert.equal(byLine.get(5)!.code, 'bad-token');
});

test('extending an unknown theme is an error with did-you-mean', () => {
  const r = load('extends: dark-neo\n');
  assert.equal(r.value, null);
  assert.equal(r.diagnostics[0]!.code, 'unknown-theme');
  assert.match(r.diagnostics[0]!.hint!, /did you mean "dark-neon"\?/);
  assert.equal(where(r.diagnostics[0]!), 'brand.theme.yaml:1:10');
});

test('an unreadable text colour is drawn readable, with a low-contrast warning naming the ratio and the colour drawn', () => {
  const r = load('extends: dark-neon\nnode:\n  sublabel: "#303036"\n');
  const t = r.value!;
  assert.deepEqual(contrastIssues(t), []);
  assert.ok(contrastRatio(t.node.sublabel, t.node.fill) >= 4.5);
  const [w] = r.diagnostics;
  assert.equal(w!.severity, 'warning');
  assert.equal(w!.code, 'low-contrast');
  assert.equal(where(w!), 'brand.theme.yaml:3:13');
  assert.match(w!.message, /^node\.sublabel #303036 on node\.fill #16161a is 1\.\d\d:1, under the 4\.5:1 text needs; drawn as (#[0-9a-f]{6}) \(4\.\d\d:1\) instead$/);
  assert.ok(w!.message.includes(t.node.sublabel));
});

test('a background that spoils the base theme\'s text is reported at the background token', () => {
  const r = load('extends: dark-neon\nnode: { fill: "#e0e0e0" }\n');
  const t = r.value!;
  assert.deepEqual(contrastIssues(t), []);
  const labels = r.diagnostics.filter((d) => /^node\.(label|sublabel) /.test(d.message));
  assert.equal(labels.length, 2);
  for (const d of labels) assert.equal(where(d), 'brand.theme.yaml:2:15');
});

test('edge lines are kept at 3:1 on the canvas and on every group fill', () => {
  const r = load('extends: light\nedges: { telemetry: { color: "#f0f0f0" } }\n');
  assert.deepEqual(contrastIssues(r.value!), []);
  assert.match(r.diagnostics[0]!.message, /^edges\.telemetry #f0f0f0 .* under the 3:1 lines and borders need/);
});

test('a palette colour too dark for titles and icons is kept for borders where it can be, and said', () => {
  const r = load('palette: { blue: "#000080" }\n');
  const t = r.value!;
  assert.equal(t.palette.blue, '#000080');
  assert.notEqual(t.accents.blue.groupText, '#000080');
  const [w] = r.diagnostics;
  assert.equal(w!.code, 'low-contrast');
  assert.match(w!.message, /^palette\.blue #000080 is 1\.\d\d:1 on its group fill .* group titles drawn as #[0-9a-f]{6}, icons as #[0-9a-f]{6}$/);
});

test('a grid can be added to a theme without one', () => {
  const t = load('extends: light\ngrid: { opacity: 0.1 }\n').value!;
  assert.deepEqual(t.grid, { color: getTheme('light')!.subtitle, size: 24, opacity: 0.1 });
});

test('a theme file that is not a map is refused', () => {
  assert.equal(load('- a\n- b\n').diagnostics[0]!.code, 'bad-theme-file');
});

test('the documented token list is the real one', () => {
  const paths = tokenPaths();
  for (const p of ['background', 'node.fill', 'palette.teal', 'edges.telemetry.dash', 'glow.spread', 'grid.opacity']) assert.ok(paths.includes(p), p);
  assert.ok(!paths.some((p) => p.startsWith('accents')));
});
