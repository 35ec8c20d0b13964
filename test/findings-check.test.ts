// The geometry check sees finding badges and legend rows: each way one can spoil the picture is caught.
// And the finding colours of every theme are readable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { compile } from '../src/pipeline.js';
import { checkScene } from '../src/scene/check.js';
import type { Box, Scene, SceneFinding } from '../src/scene/types.js';
import { contrastIssues, contrastRatio, getTheme, graphicPairs, MIN_GRAPHIC_CONTRAST, MIN_TEXT_CONTRAST, textPairs, themeNames } from '../src/theme/index.js';
import { parseDocument } from '../src/parse/index.js';
import { themeFromDocument } from '../src/theme/index.js';

const root = packageRoot();
const FILE = 'test/fixtures/rules/deny.arch.yaml';
const scene: Scene = (await compile(readFileSync(join(root, FILE), 'utf8'), FILE, { cwd: root, findings: true })).value!.scene;

/** The scene with finding `i`'s first badge moved onto `box`. */
function withBadgeAt(i: number, box: Box): Scene {
  const findings = scene.findings!.map((f, k): SceneFinding => (k === i ? { ...f, badges: [{ ...f.badges[0]!, ...box }] } : f));
  return { ...scene, findings };
}

const at = (b: Box, w = 18): Box => ({ x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - 9, width: w, height: 18 });
const nodeFinding = scene.findings!.findIndex((f) => f.badges[0]!.node !== null);
const edgeFinding = scene.findings!.findIndex((f) => f.badges[0]!.edge !== null);

test('the scene as laid out is clean', () => {
  assert.ok(nodeFinding >= 0 && edgeFinding >= 0);
  assert.equal(checkScene(scene).defects, 0, checkScene(scene).samples.join('; '));
});

test('a badge on another node, on a label, on a group title or on another badge is caught', () => {
  const own = scene.findings![nodeFinding]!.badges[0]!.node;
  const other = scene.nodes.find((n) => n.id !== own)!;
  assert.ok(checkScene(withBadgeAt(nodeFinding, { ...at(other), x: other.x + other.width - 9 })).labelOverlaps >= 1, 'another node');
  assert.ok(checkScene(withBadgeAt(nodeFinding, at(scene.nodes.find((n) => n.id === own)!.label))).labelOverlaps >= 1, 'its own node\'s label');
  assert.ok(checkScene(withBadgeAt(nodeFinding, at(scene.groups[0]!.label))).labelOverlaps >= 1, 'a group title');
  assert.ok(checkScene(withBadgeAt(nodeFinding, scene.findings![edgeFinding]!.badges[0]!)).labelOverlaps >= 1, 'another badge');
});

test('a line through a badge is caught, but not its own edge', () => {
  const edge = scene.findings![edgeFinding]!.badges[0]!.edge!;
  const foreign = scene.edges.find((e) => e.id !== edge)!;
  const [p, q] = foreign.points;
  const mid = { x: (p!.x + q!.x) / 2 - 9, y: (p!.y + q!.y) / 2 - 9, width: 18, height: 18 };
  assert.ok(checkScene(withBadgeAt(nodeFinding, mid)).edgeThroughLabel >= 1);
  assert.equal(checkScene(scene).edgeThroughLabel, 0, 'the edge badge sits on its own line');
});

test('a badge astride a group border, off the canvas or on the legend is caught', () => {
  const g = scene.groups[0]!;
  assert.ok(checkScene(withBadgeAt(nodeFinding, { x: g.x + g.width - 9, y: g.y + 60, width: 18, height: 18 })).groupOverlaps >= 1);
  assert.ok(checkScene(withBadgeAt(nodeFinding, { x: -5, y: 100, width: 18, height: 18 })).outsideCanvas >= 1);
  assert.ok(checkScene(withBadgeAt(nodeFinding, at(scene.legend!))).frameDefects >= 1);
});

test('a row outside the legend, or two rows on top of each other, are caught', () => {
  const [a, b] = scene.findings!;
  const out = { ...a!, row: { ...a!.row, y: scene.legend!.y - 40 } };
  assert.ok(checkScene({ ...scene, findings: [out, b!] }).frameDefects >= 1);
  const onTop = { ...b!, row: { ...b!.row, y: a!.row.y } };
  assert.ok(checkScene({ ...scene, findings: [a!, onTop] }).frameDefects >= 1);
  assert.ok(checkScene({ ...scene, legend: null }).frameDefects >= 1, 'findings without a legend');
});

for (const name of themeNames()) {
  test(`${name}: the finding colours are readable (numbers 4.5:1, 7:1 in high-contrast; halo and ring 3:1)`, () => {
    const theme = getTheme(name)!;
    const min = name === 'high-contrast' ? 7 : MIN_TEXT_CONTRAST;
    const texts = textPairs(theme).filter((p) => p.fg.startsWith('finding.'));
    assert.deepEqual(texts.map((p) => `${p.fg} on ${p.bg}`), ['finding.text on finding.fill', 'finding.fill on finding.color']);
    for (const p of texts) assert.ok(contrastRatio(p.fgColor, p.bgColor) >= min, `${p.fg} on ${p.bg}`);
    const lines = graphicPairs(theme).filter((p) => p.fg === 'finding.color');
    assert.ok(lines.some((p) => p.bg === 'background') && lines.length > 1);
    for (const p of lines) assert.ok(contrastRatio(p.fgColor, p.bgColor) >= MIN_GRAPHIC_CONTRAST, `finding.color on ${p.bg}`);
    assert.deepEqual(contrastIssues(theme), []);
  });
}

test('a theme file sets the finding colours; an unreadable number is drawn readable with a warning', () => {
  const r = themeFromDocument(parseDocument('extends: light\nfinding: { color: "#b00020", text: "#ffeeee", glow: 0.4 }\n', 'brand.theme.yaml').value!);
  assert.equal(r.value!.finding.color, '#b00020');
  assert.equal(r.value!.finding.glow, 0.4);
  assert.ok(contrastRatio(r.value!.finding.text, r.value!.finding.fill) >= MIN_TEXT_CONTRAST);
  assert.ok(r.diagnostics.some((d) => d.code === 'low-contrast' && d.message.startsWith('finding.text')));
});
