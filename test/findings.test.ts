// `render --findings` in the scene: each finding numbered, its badge at the right node or edge,
// a row in the legend, and no badge or row covering anything (the project's checkScene, every example).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { packageRoot } from '../src/paths.js';
import { compile, type Compiled } from '../src/pipeline.js';
import { checkRules } from '../src/rules/index.js';
import { checkScene } from '../src/scene/check.js';
import { isInside } from '../src/scene/geometry.js';
import type { Box, Point, Scene } from '../src/scene/types.js';

const root = packageRoot();

async function compiled(file: string, findings = true): Promise<Compiled> {
  const r = await compile(readFileSync(join(root, file), 'utf8'), file, { cwd: root, findings });
  assert.ok(r.value, JSON.stringify(r.diagnostics));
  return r.value;
}

const examples = await Promise.all(BUILT_IN_SYSTEMS.map((s) => compiled(`examples/${s}.arch.yaml`)));
const deny = await compiled('test/fixtures/rules/deny.arch.yaml');

test('every finding of the rules is in the scene, numbered from 1, with its nodes and edges', () => {
  for (const { model, scene, findings } of examples) {
    const expected = checkRules(model);
    assert.deepEqual(findings, expected);
    assert.ok(scene.findings!.length > 0, `${model.title} has findings to draw`);
    assert.deepEqual(scene.findings!.map((f) => [f.number, f.ruleId, f.severity, f.message, f.nodes, f.edges]),
      expected.map((f, i) => [i + 1, f.ruleId, f.severity, f.message, f.nodes, f.edges]));
  }
});

test('a finding about nodes gets its badge at its first node\'s top-right corner', () => {
  const { scene } = examples[0]!;
  const orphan = scene.findings!.find((f) => f.ruleId === 'orphan')!;
  const [badge] = orphan.badges;
  const node = scene.nodes.find((n) => n.id === orphan.nodes[0])!;
  assert.deepEqual([badge!.node, badge!.edge], [node.id, null]);
  assert.equal(badge!.x + badge!.width / 2, node.x + node.width, 'centred on the right side');
  assert.equal(badge!.y + badge!.height / 2, node.y, 'centred on the top side');
});

test('findings at the same node share one row of badges, side by side', () => {
  const { scene } = examples[0]!;
  const at = scene.findings!.filter((f) => f.nodes[0] === 'notifications').map((f) => f.badges[0]!);
  assert.equal(at.length, 2);
  assert.equal(at[0]!.y, at[1]!.y);
  assert.ok(at[0]!.x + at[0]!.width < at[1]!.x, 'the first number to the left');
});

const onSegment = (c: Point, p: Point, q: Point): boolean =>
  Math.abs((q.x - p.x) * (c.y - p.y) - (q.y - p.y) * (c.x - p.x)) < 0.5 * Math.hypot(q.x - p.x, q.y - p.y)
  && c.x >= Math.min(p.x, q.x) - 0.5 && c.x <= Math.max(p.x, q.x) + 0.5 && c.y >= Math.min(p.y, q.y) - 0.5 && c.y <= Math.max(p.y, q.y) + 0.5;

test('a finding about one edge gets its badge on that edge\'s line', () => {
  const finding = deny.scene.findings!.find((f) => f.ruleId === 'no-frontend-to-data')!;
  assert.deepEqual([finding.severity, finding.edges], ['error', ['web->db']]);
  const [badge] = finding.badges;
  assert.deepEqual([badge!.node, badge!.edge], [null, 'web->db']);
  const edge = deny.scene.edges.find((e) => e.id === 'web->db')!;
  const centre = { x: badge!.x + badge!.width / 2, y: badge!.y + badge!.height / 2 };
  assert.ok(edge.points.slice(1).some((q, k) => onSegment(centre, edge.points[k]!, q)), JSON.stringify({ centre, points: edge.points }));
});

test('the legend lists every finding in a row of its own, inside the legend, in order', () => {
  for (const { scene } of [...examples, deny]) {
    const legend: Box = scene.legend!;
    let below = legend.y;
    for (const f of scene.findings!) {
      assert.ok(isInside(f.row, legend, 0) && isInside(f.row.badge, f.row, 0) && isInside(f.row.label, f.row, 0), `row ${f.number}`);
      assert.ok(f.row.y >= below, `row ${f.number} under the one before`);
      assert.equal(f.row.label.text, `${f.ruleId} (${f.severity}) — ${f.message}`);
      below = f.row.y + f.row.height;
    }
    assert.ok(legend.y + legend.height + 32 <= scene.height, 'the page holds the grown legend');
  }
});

test('no badge or row covers anything: checkScene finds 0 defects in every example with findings', () => {
  for (const { model, scene } of [...examples, deny]) {
    const r = checkScene(scene);
    assert.equal(r.defects, 0, `${model.title}: ${r.samples.join('; ')}`);
    assert.ok(scene.findings!.every((f) => f.badges.length === 1), `${model.title}: every finding has its badge`);
  }
});

test('findings change nothing else: groups, nodes, edges and the title stay where they were', async () => {
  const plain = await compiled(`examples/${BUILT_IN_SYSTEMS[1]}.arch.yaml`, false);
  const ruled = examples[1]!.scene;
  const keep = (s: Scene) => [s.titleLabel, s.groups, s.nodes, s.edges];
  assert.deepEqual(keep(ruled), keep(plain.scene));
  assert.equal(plain.scene.findings, undefined);
  assert.equal(plain.findings, undefined);
  assert.ok(ruled.height > plain.scene.height);
  assert.deepEqual({ ...ruled.legend!, width: 0, height: 0 }, { ...plain.scene.legend!, width: 0, height: 0 });
});

test('the rules run as `neonarch check` runs them: the project config found upward, the model\'s rules on top', async () => {
  const { scene } = await compiled('test/fixtures/rules/project/team/shop.arch.yaml');
  const ids = scene.findings!.map((f) => `${f.severity} ${f.ruleId}`);
  assert.ok(ids.includes('error no-front-to-db'), ids.join(', '));
  assert.ok(ids.includes('warning orphan'), 'the model turns orphan back to a warning');
  assert.ok(!ids.some((i) => i.endsWith('no-caller')), 'the project turns no-caller off');
});

test('rule settings the config gets wrong are reported with the findings', async () => {
  const file = 'test/fixtures/rules/bad-config.arch.yaml';
  const r = await compile(readFileSync(join(root, file), 'utf8'), file, { cwd: root, findings: true });
  assert.ok(r.diagnostics.some((d) => d.code === 'unknown-rule' && d.severity === 'error'));
});

test('a scene with findings is the same every time', async () => {
  const again = await compiled(exampleFile(BUILT_IN_SYSTEMS[0]).slice(root.length + 1));
  assert.deepEqual(again.scene, examples[0]!.scene);
});
