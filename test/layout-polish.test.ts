// Engine-independent finishing: clean routes, centred labels, titles off the lines, rounding, the page frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SceneEdge, SceneGroup } from '../src/scene/types.js';
import { cleanRoute } from '../src/layout/routes.js';
import { centreLabel } from '../src/layout/edge-labels.js';
import { clearTitle, freeSlot, titlesToWiden } from '../src/layout/group-titles.js';
import { rounded } from '../src/layout/round.js';
import { frameBody, PAGE } from '../src/layout/frame.js';
import { isInside } from '../src/scene/geometry.js';
import { model } from './layout-fixtures.js';

test('routes lose sub-pixel jogs, repeated and collinear points', () => {
  const route = [{ x: 10, y: 0 }, { x: 10.4, y: 20 }, { x: 10.4, y: 20 }, { x: 10, y: 40 }, { x: 50, y: 40 }, { x: 80, y: 40.3 }];
  assert.deepEqual(cleanRoute(route), [{ x: 10, y: 0 }, { x: 10, y: 40 }, { x: 80, y: 40 }]);
});

test('a label is centred on the nearest stretch of its edge', () => {
  const e: SceneEdge = {
    id: 'a->b', from: 'a', to: 'b', kind: 'data', points: [{ x: 100, y: 0 }, { x: 100, y: 50 }, { x: 200, y: 50 }],
    label: { text: 'x', lines: ['x'], x: 90.6, y: 20, width: 20, height: 14 },
  };
  const label = centreLabel(e).label!;
  assert.equal(label.x + label.width / 2, 100);
  assert.equal(label.y, 20);
});

const groupAt = (x: number, width: number): SceneGroup => ({
  id: 'g', parent: null, depth: 0, color: 'cyan', x, y: 100, width, height: 200,
  label: { text: 'Group', lines: ['Group'], x: x + 16, y: 110, width: 60, height: 17 },
});
const down = (x: number): SceneEdge => ({ id: `e${x}`, from: 'a', to: 'b', kind: 'request', points: [{ x, y: 0 }, { x, y: 150 }], label: null });

test('free slots skip blocked spans', () => {
  assert.equal(freeSlot([], 0, 100, 50), 0);
  assert.equal(freeSlot([[10, 30]], 0, 100, 50), 30);
  assert.equal(freeSlot([[10, 30], [60, 70]], 0, 200, 50), 70);
  assert.equal(freeSlot([[10, 90]], 0, 100, 50), null);
});

test('a title slides right of an edge through it, or asks for a wider group', () => {
  assert.equal(clearTitle(groupAt(0, 300), [down(40)]).label.x, 48);
  assert.equal(clearTitle(groupAt(0, 300), [down(200)]).label.x, 16);
  const narrow = groupAt(0, 100);
  assert.equal(clearTitle(narrow, [down(40)]), narrow);
  const widen = titlesToWiden([narrow], [down(40)]);
  assert.equal(widen.get('g'), 100 + 16 + 60 - 32);
  assert.equal(titlesToWiden([groupAt(0, 300)], [down(200)]).size, 0);
});

test('rounding keeps 2 decimals and turns -0 into 0', () => {
  assert.deepEqual(rounded({ a: [1.005001, -0.001, 2], b: 'x', c: null }), { a: [1.01, 0, 2], b: 'x', c: null });
});

test('the frame puts the title on top, the body under it and the legend below', () => {
  const body = {
    width: 300, height: 300, groups: [groupAt(0, 300)], nodes: [],
    edges: [{ ...down(150), label: null }],
  };
  const scene = frameBody(model([], [], []), body);
  assert.deepEqual([scene.titleLabel.x, scene.titleLabel.y], [PAGE.margin, PAGE.margin]);
  const g = scene.groups[0]!;
  const top = g.y - 100;
  assert.equal(top, scene.titleLabel.y + scene.titleLabel.height + PAGE.afterTitle);
  assert.ok(scene.legend!.y >= top + body.height);
  const canvas = { x: 0, y: 0, width: scene.width, height: scene.height };
  for (const box of [scene.titleLabel, scene.legend!, g, g.label]) assert.ok(isInside(box, canvas, 0));
  assert.equal(scene.edges[0]!.points[0]!.y, top);
});
