// The ELK adapter's three steps: transform (Model → ELK graph), apply (ELK result → absolute
// geometry), and the passes that turn backward edges round.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { toElkGraph } from '../src/layout/elk/transform.js';
import { fromElkGraph } from '../src/layout/elk/apply.js';
import { backwardEdges } from '../src/layout/elk/backward.js';
import { cardsOf } from '../src/layout/sizing.js';
import { layoutModel } from '../src/layout/index.js';
import { checkScene } from '../src/scene/check.js';
import { edge, group, model, node } from './layout-fixtures.js';

const nested = (direction: 'down' | 'right' = 'down') => model(
  [group('outer'), group('inner', 'outer')],
  [node('a', 'inner'), node('b', 'outer'), node('c')],
  [edge('a', 'b', 'data', 'SQL'), edge('b', 'c')],
  direction,
);
const hints = (m: ReturnType<typeof nested>) => ({ cards: cardsOf(m), widen: new Map(), backward: new Set<string>() });
const ids = (n: ElkNode | undefined) => (n?.children ?? []).map((c) => c.id);

test('groups become compound nodes and each edge lives in the innermost group holding both ends', () => {
  const m = nested();
  const root = toElkGraph(m, hints(m));
  assert.deepEqual(ids(root), ['g/outer', 'n/c']);
  const outer = root.children![0]!;
  assert.deepEqual(ids(outer), ['g/inner', 'n/b']);
  assert.deepEqual(ids(outer.children![0]), ['n/a']);
  assert.deepEqual(outer.edges!.map((e) => e.id), ['e/a->b']);
  assert.deepEqual(root.edges!.map((e) => e.id), ['e/b->c']);
});

test('edges enter their target through a port per kind on the side facing the flow', () => {
  for (const [direction, side] of [['down', 'NORTH'], ['right', 'WEST']] as const) {
    const m = nested(direction);
    const root = toElkGraph(m, hints(m));
    const ab = root.children![0]!.edges![0]!;
    assert.deepEqual([ab.sources, ab.targets], [['n/a'], ['p/b/in/data']]);
    const b = root.children![0]!.children![1]!;
    assert.deepEqual(b.ports!.map((p) => [p.id, p.layoutOptions!['elk.port.side']]), [['p/b/in/data', side]]);
  }
});

test('nodes get their card size, labels their text size, groups room for the title', () => {
  const m = nested();
  const root = toElkGraph(m, hints(m));
  const card = cardsOf(m).get('c')!;
  assert.deepEqual([root.children![1]!.width, root.children![1]!.height], [card.width, card.height]);
  const label = root.children![0]!.edges![0]!.labels![0]!;
  assert.ok(label.width! > 0 && label.height! > 0);
  assert.equal(label.layoutOptions!['elk.edgeLabels.inline'], 'true');
  assert.match(root.children![0]!.layoutOptions!['elk.padding']!, /^\[top=\d+/);
});

test('apply turns ELK\'s relative positions into absolute ones, edges relative to their container', () => {
  const m = nested();
  const result: ElkNode = {
    id: 'root', width: 600, height: 500,
    children: [
      { id: 'g/outer', x: 10, y: 20, width: 400, height: 300, children: [
        { id: 'g/inner', x: 5, y: 30, width: 250, height: 120, children: [{ id: 'n/a', x: 7, y: 40, width: 200, height: 60 }] },
        { id: 'n/b', x: 20, y: 200, width: 200, height: 60 },
      ], edges: [{ id: 'e/a->b', sources: ['n/a'], targets: ['p/b/in/data'], container: 'g/outer',
        sections: [{ id: 's', startPoint: { x: 100, y: 130 }, endPoint: { x: 100, y: 200 } }],
        labels: [{ x: 90, y: 150, width: 20, height: 14 }] }] },
      { id: 'n/c', x: 300, y: 400, width: 200, height: 60 },
    ],
    edges: [{ id: 'e/b->c', sources: ['n/b'], targets: ['p/c/in/request'],
      sections: [{ id: 't', startPoint: { x: 130, y: 280 }, bendPoints: [{ x: 130, y: 340 }, { x: 400, y: 340 }], endPoint: { x: 400, y: 400 } }] }],
  };
  const body = fromElkGraph(m, cardsOf(m), result);
  const a = body.nodes.find((n) => n.id === 'a')!;
  assert.deepEqual([a.x, a.y], [22, 90]);
  assert.deepEqual([a.label.x - a.x, a.label.y - a.y], [cardsOf(m).get('a')!.label.x, cardsOf(m).get('a')!.label.y]);
  assert.deepEqual(body.groups.map((g) => [g.id, g.x, g.y, g.depth]), [['outer', 10, 20, 0], ['inner', 15, 50, 1]]);
  const ab = body.edges.find((e) => e.id === 'a->b')!;
  assert.deepEqual(ab.points, [{ x: 110, y: 150 }, { x: 110, y: 220 }]);
  assert.deepEqual([ab.label!.x, ab.label!.y], [100, 170]);
  assert.deepEqual(body.edges.find((e) => e.id === 'b->c')!.points.length, 4);
});

test('an edge drawn against the flow between siblings is found', () => {
  const box = (id: string, y: number) => ({ ...node(id), x: 0, y, width: 100, height: 50, color: 'cyan', shape: 'card' as const, iconBox: null,
    label: { text: id, lines: [id], x: 0, y, width: 10, height: 10 }, sublabel: null });
  const line = (from: string, to: string) => ({ id: `${from}->${to}`, from, to, kind: 'request' as const, points: [], label: null });
  const body = { width: 100, height: 300, groups: [], nodes: [box('a', 0), box('b', 200)], edges: [line('a', 'b'), line('b', 'a')] };
  assert.deepEqual([...backwardEdges(body, 'down')], ['b->a']);
  assert.deepEqual([...backwardEdges(body, 'up')], ['a->b']);
});

test('an edge closing a cycle takes the short way back, between facing sides', async () => {
  const m = model([group('g')], [node('a', 'g'), node('b', 'g'), node('c', 'g')], [edge('a', 'b'), edge('b', 'c'), edge('c', 'a', 'telemetry')]);
  const scene = await layoutModel(m);
  assert.equal(checkScene(scene).defects, 0);
  const [a, c] = ['a', 'c'].map((id) => scene.nodes.find((n) => n.id === id)!);
  const back = scene.edges.find((e) => e.id === 'c->a')!;
  assert.equal(back.points[0]!.y, c!.y, 'leaves the top of c');
  assert.equal(back.points.at(-1)!.y, a!.y + a!.height, 'enters the bottom of a');
});
