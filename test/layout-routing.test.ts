// The layout's own routing: the flow frame, side lanes for backward edges, fitting the bounds, scoring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SceneEdge, SceneNode } from '../src/scene/types.js';
import { DIRECTIONS } from '../src/model/types.js';
import { boxToFlow, fromFlow, toFlow } from '../src/layout/flow-frame.js';
import { LANE, laneRoutes, laneX } from '../src/layout/lanes.js';
import { rerouteBackward } from '../src/layout/back-routes.js';
import { fitBounds } from '../src/layout/bounds.js';
import { beats } from '../src/layout/score.js';

test('the flow frame turns every direction into down and back', () => {
  for (const d of DIRECTIONS) {
    const p = { x: 3, y: 7 };
    assert.deepEqual(fromFlow(toFlow(p, d), d), p, d);
  }
  assert.deepEqual(toFlow({ x: 10, y: 0 }, 'right'), { x: 0, y: 10 }, 'rightwards becomes downwards');
  assert.deepEqual(boxToFlow({ x: 0, y: 0, width: 10, height: 20 }, 'up'), { x: 0, y: -20, width: 10, height: 20 });
});

test('a lane runs clear of every box level with the route', () => {
  const source = { x: 0, y: 200, width: 100, height: 50 }, target = { x: 0, y: 0, width: 100, height: 50 };
  const wide = { x: -30, y: 100, width: 300, height: 40 };
  assert.equal(laneX(source, target, [source, target, wide], 'right', 0), 270 + LANE.gap);
  assert.equal(laneX(source, target, [source, target, wide], 'left', 1), -30 - LANE.gap - LANE.step);
  const routes = laneRoutes(source, target, 300, 'right');
  assert.equal(routes.length, 9);
  assert.deepEqual(routes[0], [{ x: 100, y: 225 }, { x: 300, y: 225 }, { x: 300, y: 25 }, { x: 100, y: 25 }]);
});

const card = (id: string, x: number, y: number): SceneNode => ({
  id, parent: null, color: 'cyan', shape: 'card', x, y, width: 100, height: 50, tech: null, techLabel: null, icon: null, iconBox: null,
  label: { text: id, lines: [id], x: x + 10, y: y + 10, width: 30, height: 16 }, sublabel: null, description: null, links: [], tags: [],
});

test('a backward edge looping round the diagram gets a side lane, and bounds grow to hold it', () => {
  // t above m above s; ELK's route leaves s downwards and loops round the left into t's top
  const nodes = [card('t', 0, 0), card('m', 0, 100), card('s', 0, 200)];
  const loop: SceneEdge = { id: 's->t', from: 's', to: 't', kind: 'telemetry', label: null,
    points: [{ x: 50, y: 250 }, { x: 50, y: 300 }, { x: -60, y: 300 }, { x: -60, y: -30 }, { x: 50, y: -30 }, { x: 50, y: 0 }] };
  const body = { width: 100, height: 250, groups: [], nodes, edges: [loop] };
  const routed = rerouteBackward(body, new Set(['s->t']), 'down').edges[0]!.points;
  assert.deepEqual(routed, [{ x: 100, y: 225 }, { x: 124, y: 225 }, { x: 124, y: 25 }, { x: 100, y: 25 }]);
  const fitted = fitBounds({ ...body, edges: [{ ...loop, points: routed }] });
  assert.equal(fitted.width, 124);
  const moved = fitBounds(body);
  assert.deepEqual([moved.width, moved.nodes[0]!.x, moved.edges[0]!.points[2]!.x], [160, 60, 0]);
});

test('scores compare defects, then crossings, then length', () => {
  assert.equal(beats([0, 5, 900], [1, 0, 10]), true);
  assert.equal(beats([0, 2, 900], [0, 2, 800]), false);
  assert.equal(beats([0, 2, 800], [0, 2, 800]), false);
});
