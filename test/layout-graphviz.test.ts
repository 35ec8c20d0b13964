// The Graphviz engine on its own: it draws the four examples itself (no silent fall-back to ELK),
// keeps user text out of DOT, hands what it cannot route to ELK, and its router's pieces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../src/model/index.js';
import { layoutModel } from '../src/layout/index.js';
import { graphvizCanDraw, layoutWithGraphviz } from '../src/layout/graphviz/index.js';
import { dotNames, toDot } from '../src/layout/graphviz/dot-source.js';
import { type Jog, orderJogs, passing, placeTracks } from '../src/layout/graphviz/tracks.js';
import { crossingX, rowsOf } from '../src/layout/graphviz/rows.js';
import { GROUP_GAP, expand } from '../src/layout/graphviz/expand.js';
import { DIRECTIONS } from '../src/model/types.js';
import { cardsOf } from '../src/layout/sizing.js';
import { checkScene } from '../src/scene/check.js';
import { packageRoot } from '../src/paths.js';
import { edge, exampleFiles, group, model, node } from './layout-fixtures.js';

for (const file of exampleFiles()) {
  test(`graphviz draws ${file} itself, with zero defects`, async () => {
    const m = loadModel(readFileSync(join(packageRoot(), 'examples', file), 'utf8'), file).value!;
    const scene = await layoutWithGraphviz(m);
    assert.ok(scene, 'the engine declined the model');
    assert.equal(checkScene(scene).defects, 0);
    assert.ok(scene.edges.every((e) => e.points.slice(1).every((q, k) => q.x === e.points[k]!.x || q.y === e.points[k]!.y)), 'every segment is horizontal or vertical');
  });
}

test('graphviz draws every example in all four directions itself, with zero defects and sibling groups apart', async () => {
  for (const file of exampleFiles()) {
    const m = loadModel(readFileSync(join(packageRoot(), 'examples', file), 'utf8'), file).value!;
    for (const direction of DIRECTIONS) {
      const scene = await layoutWithGraphviz({ ...m, direction });
      assert.ok(scene, `${file} ${direction}: declined`);
      assert.equal(checkScene(scene).defects, 0, `${file} ${direction}`);
      for (const a of scene.groups) for (const b of scene.groups.filter((g) => g.parent === a.parent && g.id > a.id)) {
        const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
        assert.ok(gap >= GROUP_GAP - 0.01, `${file} ${direction}: ${a.id} and ${b.id} are ${gap} px apart`);
      }
    }
  }
});

test('no user text reaches the DOT source: ids are indices', () => {
  const m = model([group('g"}', null, 'Evil "} title')], [node('a"; b', 'g"}', null, '<b>'), node('c', null)], [edge('a"; b', 'c', 'request', '"]; x')]);
  const dot = toDot(m, cardsOf(m), dotNames(m), 44);
  for (const bad of ['Evil', '<b>', 'a";', '"];']) assert.ok(!dot.includes(bad), bad);
  assert.match(dot, /n0 -> n1 \[id=e0, label=<<TABLE FIXEDSIZE="TRUE"/);
});

test('a model with an edge to a group goes to ELK and is still clean', async () => {
  const m = model([group('g')], [node('a'), node('b', 'g'), node('c', 'g')], [edge('a', 'g'), edge('b', 'c')]);
  assert.equal(graphvizCanDraw(m), false);
  assert.equal(await layoutWithGraphviz(m), null);
  const scene = await layoutModel(m);
  assert.equal(checkScene(scene).defects, 0);
  assert.equal(scene.edges.length, 2);
});

test('a model whose edges it cannot separate is declined, never drawn with a defect or without a label', async () => {
  // a->d and b->c cross in an X between two rows whose ports line up: ELK draws it instead.
  const m = model([group('top'), group('bottom')], [node('a', 'top'), node('b', 'top'), node('c', 'bottom'), node('d', 'bottom')],
    [edge('a', 'c', 'request', 'HTTPS'), edge('b', 'c'), edge('a', 'd', 'data'), edge('d', 'b', 'telemetry')]);
  const scene = await layoutWithGraphviz(m);
  if (scene) assert.equal(checkScene(scene).defects, 0);
  const drawn = await layoutModel(m);
  assert.equal(checkScene(drawn).defects, 0);
  assert.ok(drawn.edges.find((e) => e.id === 'a->c')!.label, 'the label is drawn');
});

test('a small model: every edge ends on its nodes, labels sit on their edges', async () => {
  const m = model([group('top'), group('bottom')], [node('a', 'top'), node('b', 'top'), node('c', 'bottom'), node('d', 'bottom')],
    [edge('a', 'c', 'request', 'HTTPS'), edge('b', 'd'), edge('b', 'c', 'data'), edge('d', 'b', 'telemetry')]);
  const scene = await layoutWithGraphviz(m);
  assert.ok(scene);
  assert.equal(checkScene(scene).defects, 0, JSON.stringify(checkScene(scene).samples));
  const label = scene.edges.find((e) => e.id === 'a->c')!.label!;
  const route = scene.edges.find((e) => e.id === 'a->c')!.points;
  const cx = label.x + label.width / 2;
  assert.ok(route.some((p, k) => k > 0 && p.x === route[k - 1]!.x && Math.abs(p.x - cx) < 0.5), 'the label is centred on a vertical stretch');
});

test('two renders give the same scene', async () => {
  const m = model([group('g')], [node('a', 'g'), node('b', 'g'), node('c')], [edge('a', 'c'), edge('b', 'c', 'data')]);
  assert.deepEqual(await layoutWithGraphviz(m), await layoutWithGraphviz(m));
});

test('jogs are ordered so that no two edges share a line', () => {
  // a leaves down at x=100, where b comes in from above: a above b would put both on x=100.
  const order = orderJogs([passing('a', 0, 100), passing('b', 100, 200)]);
  assert.deepEqual(order.map((j) => j.id), ['b', 'a']);
  // a U under a row (both ends up) inside another U's span goes above it: no crossing
  const us = orderJogs([{ id: 'wide', up: [0, 300], down: [] }, { id: 'narrow', up: [100, 200], down: [] }]);
  assert.deepEqual(us.map((j) => j.id), ['narrow', 'wide']);
});

test('jog order is the plain greedy one: each pick the jog crossing least above all the rest, first id on a tie', () => {
  // The definition, recounting every sum for every pick; orderJogs keeps the sums up to date instead.
  const spanOf = (j: Jog): [number, number] => [Math.min(...j.up, ...j.down), Math.max(...j.up, ...j.down)];
  const within = (x: number, j: Jog): boolean => x > spanOf(j)[0] && x < spanOf(j)[1];
  const costAbove = (a: Jog, b: Jog): number => a.down.filter((x) => within(x, b)).length + b.up.filter((x) => within(x, a)).length
    + 100 * a.down.filter((x) => b.up.some((y) => Math.abs(x - y) < 1)).length;
  const greedy = (jogs: Jog[]): string[] => {
    const left = [...jogs].sort((a, b) => a.id.localeCompare(b.id));
    const out: string[] = [];
    while (left.length) {
      const cost = (a: Jog): number => left.reduce((s, b) => (b === a ? s : s + costAbove(a, b)), 0);
      const best = left.reduce((a, b) => (cost(b) < cost(a) ? b : a));
      out.push(best.id);
      left.splice(left.indexOf(best), 1);
    }
    return out;
  };
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let trial = 0; trial < 300; trial++) {
    // x's on a coarse grid so ties, shared x's and U's are common
    const xs = (k: number): number[] => Array.from({ length: k }, () => next(12) * 20);
    const jogs = Array.from({ length: 1 + next(14) }, (_, i): Jog => {
      const kind = next(4);
      return kind === 0 ? { id: `e${i}`, up: xs(2), down: [] } : kind === 1 ? { id: `e${i}`, up: [], down: xs(2) } : passing(`e${i}`, next(12) * 20, next(12) * 20);
    });
    assert.deepEqual(orderJogs(jogs).map((j) => j.id), greedy(jogs), `trial ${trial}`);
  }
});

test('tracks keep apart and off forbidden bands, and say how much room is missing', () => {
  const jogs = [passing('a', 0, 50), passing('b', 10, 60)];
  const placed = placeTracks(jogs, 0, 100, new Map([['a', { hard: [[20, 60] as [number, number]], soft: [] }]]));
  assert.ok(placed instanceof Map);
  assert.ok(placed.get('a')! >= 60 && placed.get('b')! >= placed.get('a')! + 10);
  // a soft band is kept off where the channel leaves room, and given up where it does not
  const soft = placeTracks([jogs[0]!], 0, 100, new Map([['a', { hard: [], soft: [[0, 70] as [number, number]] }]]));
  assert.ok(soft instanceof Map && soft.get('a')! >= 70);
  const tooWide = placeTracks([jogs[0]!], 0, 100, new Map([['a', { hard: [], soft: [[0, 100] as [number, number]] }]]));
  assert.ok(tooWide instanceof Map && tooWide.get('a')! < 100);
  const tight = placeTracks(jogs, 0, 20, new Map());
  assert.ok(!(tight instanceof Map) && tight.short > 0);
});

test('rows group boxes by centre line; a polyline is crossed where it meets a row', () => {
  const rows = rowsOf([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 2, width: 10, height: 6 }, { x: 0, y: 50, width: 10, height: 10 }]);
  assert.deepEqual(rows.map((r) => [r.y, r.top, r.bottom, r.boxes.length]), [[5, 0, 10, 2], [55, 50, 60, 1]]);
  assert.equal(crossingX([{ x: 0, y: 0 }, { x: 10, y: 10 }], 5), 5);
});

test('widening a channel moves what lies past it and grows the groups it cuts', () => {
  const m = model([group('g')], [node('a', 'g'), node('b', 'g')], [edge('a', 'b')]);
  const g = { id: 'g', parent: null, depth: 0, color: 'cyan', x: 0, y: 0, width: 100, height: 200, label: { text: 'g', lines: ['g'], x: 16, y: 10, width: 10, height: 16 } };
  const n = (id: string, y: number) => ({ ...cardsOf(m).get(id)!, id, parent: 'g', color: 'cyan', x: 10, y, tech: null, techLabel: null, icon: null, iconBox: null, sublabel: null, description: null, links: [], tags: [], label: { text: id, lines: [id], x: 20, y: y + 5, width: 10, height: 10 } });
  const placed = { width: 100, height: 200, groups: [g], nodes: [n('a', 20), n('b', 120)], paths: new Map([['a->b', { path: [{ x: 50, y: 60 }, { x: 50, y: 120 }], label: null }]]) };
  const out = expand(m, placed as never, 100, 30);
  assert.equal(out.height, 230);
  assert.equal(out.groups[0]!.height, 230);
  assert.deepEqual(out.nodes.map((x) => x.y), [20, 150]);
  assert.deepEqual(out.paths.get('a->b')!.path, [{ x: 50, y: 60 }, { x: 50, y: 150 }]);
});

test('an edge dot puts between two boxes of one row is drawn as a U through the channel beside the row', async () => {
  // n0 -> n1 -> n2 and n0 -> n2 across clusters: dot ranks n1 and n2 alike.
  const m = model([group('g0'), group('g1'), group('g2')], [node('n0', 'g2'), node('n1', 'g1'), node('n2', 'g2')], [edge('n0', 'n1'), edge('n0', 'n2'), edge('n1', 'n2')]);
  const scene = await layoutWithGraphviz(m);
  assert.ok(scene, 'declined');
  assert.equal(checkScene(scene).defects, 0, JSON.stringify(checkScene(scene).samples));
  const [n1, n2] = ['n1', 'n2'].map((id) => scene.nodes.find((n) => n.id === id)!);
  assert.equal(n1!.y, n2!.y, 'the case under test: both on one row');
  const route = scene.edges.find((e) => e.id === 'n1->n2')!.points;
  assert.equal(route.length, 4);
  const beside = route[1]!.y > n1!.y + n1!.height || route[1]!.y < n1!.y;
  assert.ok(beside && route[1]!.y === route[2]!.y && route[0]!.x === route[1]!.x && route[2]!.x === route[3]!.x, 'it leaves the row, runs along it and comes back');
});

test('an empty group is still drawn, with its title', async () => {
  const m = model([group('todo', null, 'Planned services'), group('live')], [node('a', 'live'), node('b', 'live')], [edge('a', 'b')]);
  const scene = await layoutWithGraphviz(m);
  assert.ok(scene, 'declined');
  const todo = scene.groups.find((g) => g.id === 'todo')!;
  assert.ok(todo.width >= todo.label.width + 32 && todo.height > todo.label.height, JSON.stringify(todo));
  assert.equal(checkScene(scene).defects, 0);
});

test('an empty group with a title wider than its room keeps the title inside its frame, in both engines and every direction', async () => {
  const m = model([group('todo', null, 'Planned services of the next quarter'), group('live')], [node('a', 'live'), node('b', 'live')], [edge('a', 'b')]);
  for (const engine of ['graphviz', 'elk']) {
    for (const direction of DIRECTIONS) {
      const scene = await layoutModel({ ...m, direction }, { engine });
      const todo = scene.groups.find((g) => g.id === 'todo')!;
      assert.ok(todo.label.x - todo.x >= 16 && todo.x + todo.width - (todo.label.x + todo.label.width) >= 16, `${engine} ${direction}: ${JSON.stringify(todo)}`);
      assert.equal(checkScene(scene).defects, 0, `${engine} ${direction}`);
    }
  }
});

test('a group whose title lies where an edge comes in is widened until the title has a stretch of its own', async () => {
  // b's title reaches past the middle of its only box, where the edge from a comes straight down
  const m = model([group('top', null, 'Top'), group('bottom', null, 'Bottom layer of the platform')], [node('a', 'top'), node('b', 'bottom')], [edge('a', 'b')]);
  for (const direction of DIRECTIONS) {
    const scene = await layoutWithGraphviz({ ...m, direction });
    assert.ok(scene, `${direction}: declined`);
    assert.equal(checkScene(scene).defects, 0, direction);
  }
});
