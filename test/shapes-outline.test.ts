// Edges end on the outline as drawn, not on the box: a hexagon's points, a cylinder's rims, a cloud,
// a person's shoulders. The last (and first) segment keeps its direction; the end moves along it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeShape } from '../src/catalog/types.js';
import type { Point, SceneNode } from '../src/scene/types.js';
import { endOnOutline } from '../src/layout/outline.js';
import { layoutModel } from '../src/layout/index.js';
import { checkScene } from '../src/scene/check.js';
import { edge, group, model } from './layout-fixtures.js';
import { distanceToOutline, insideOutline, shaped } from './shapes-fixtures.js';

const BOX = { x: 100, y: 100, width: 200, height: 75 };
const at = (shape: NodeShape): SceneNode => ({ ...BOX, shape } as SceneNode);

test('a vertical edge into a hexagon near its corner stops on the slanted side', () => {
  const end = endOnOutline(at('hexagon'), { x: 105, y: 40 }, { x: 105, y: 100 });
  assert.equal(end.x, 105);
  assert.ok(end.y > 100 && end.y < 137.5, JSON.stringify(end));
  assert.ok(distanceToOutline('hexagon', BOX, end) < 0.5);
});

test('a horizontal edge into a hexagon meets its point at mid-height and its side elsewhere', () => {
  const point = endOnOutline(at('hexagon'), { x: 20, y: 137.5 }, { x: 100, y: 137.5 });
  assert.ok(point.y === 137.5 && point.x >= 100 && point.x < 103, `the softened point: ${JSON.stringify(point)}`);
  const high = endOnOutline(at('hexagon'), { x: 20, y: 110 }, { x: 100, y: 110 });
  assert.ok(high.x > 100 && high.y === 110 && distanceToOutline('hexagon', BOX, high) < 0.5);
});

test('edges into a cylinder stop on its lid and leave from its curved base', () => {
  const top = endOnOutline(at('cylinder'), { x: 130, y: 20 }, { x: 130, y: 100 });
  assert.ok(top.y > 100 && top.x === 130 && distanceToOutline('cylinder', BOX, top) < 0.5);
  const middle = endOnOutline(at('cylinder'), { x: 200, y: 20 }, { x: 200, y: 100 });
  assert.ok(middle.x === 200 && Math.abs(middle.y - 100) < 0.01, 'the lid touches the box at the middle');
  const base = endOnOutline(at('cylinder'), { x: 130, y: 260 }, { x: 130, y: 175 });
  assert.ok(base.y < 175 && distanceToOutline('cylinder', BOX, base) < 0.5);
});

test('every approach to a cloud or a person ends on its outline, inside the box', () => {
  for (const shape of ['cloud', 'person', 'queue', 'document'] as const) {
    for (let x = BOX.x + 2; x < BOX.x + BOX.width; x += 7) {
      for (const [from, to] of [[{ x, y: 0 }, { x, y: 100 }], [{ x, y: 300 }, { x, y: 175 }]] as [Point, Point][]) {
        const end = endOnOutline(at(shape), from, to);
        assert.ok(distanceToOutline(shape, BOX, end) < 0.5, `${shape} at x=${x}: ${JSON.stringify(end)}`);
        assert.equal(end.x, x);
      }
    }
  }
});

test('cards and browser windows are their box: ends stay where the engine put them', () => {
  for (const shape of ['card', 'browser'] as const) assert.deepEqual(endOnOutline(at(shape), { x: 105, y: 40 }, { x: 105, y: 100 }), { x: 105, y: 100 });
});

test('an end reached from inside the outline is left alone', () => {
  assert.deepEqual(endOnOutline(at('hexagon'), { x: 200, y: 137 }, { x: 200, y: 100 }), { x: 200, y: 100 });
});

const NODES = [
  shaped('user', 'person', 'Customer', 'user', 'a'), shaped('net', 'cloud', 'Internet', 'cloud', 'a'),
  shaped('gw', 'hexagon', 'Gateway', 'nginx', 'b'), shaped('api', 'card', 'Orders API', 'go', 'b'),
  shaped('db', 'cylinder', 'Orders DB', 'postgresql', 'c'), shaped('mq', 'queue', 'Events', 'kafka', 'c'),
  shaped('files', 'document', 'Invoices', 'aws-s3', 'c'),
];
const EDGES = [edge('user', 'net'), edge('net', 'gw'), edge('gw', 'api'), edge('api', 'db', 'data'), edge('api', 'mq'), edge('api', 'files', 'data'), edge('db', 'gw', 'telemetry')];

for (const direction of ['down', 'right'] as const) {
  test(`laid out ${direction}: every edge starts and ends on its nodes' outlines, orthogonal, 0 defects`, async () => {
    const scene = await layoutModel(model([group('a'), group('b'), group('c')], NODES, EDGES, direction));
    assert.equal(checkScene(scene).defects, 0, JSON.stringify(checkScene(scene).samples));
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    for (const e of scene.edges) {
      for (const [id, p] of [[e.from, e.points[0]!], [e.to, e.points[e.points.length - 1]!]] as const) {
        const n = byId.get(id)!;
        if (n.shape === 'card') continue;
        assert.ok(distanceToOutline(n.shape, n, p) < 0.5, `${e.id} at ${id} (${n.shape}): ${JSON.stringify(p)}`);
        assert.ok(insideOutline(n.shape, n, p) || distanceToOutline(n.shape, n, p) < 0.5);
      }
      e.points.slice(1).forEach((q, k) => assert.ok(q.x === e.points[k]!.x || q.y === e.points[k]!.y, `${e.id} bends`));
    }
  });
}
