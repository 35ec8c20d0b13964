// The geometry check catches every kind of defect on small hand-made scenes, and passes a clean one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Box, Point, Scene, SceneEdge, SceneGroup, SceneLabel, SceneNode } from '../src/scene/types.js';
import { checkScene } from '../src/scene/check.js';
import { segmentHitsBox, segmentsCross } from '../src/scene/geometry.js';

const label = (text: string, b: Box): SceneLabel => ({ text, lines: [text], ...b });

function node(id: string, x: number, y: number, parent: string | null = null): SceneNode {
  return {
    id, parent, color: 'cyan', shape: 'card', x, y, width: 100, height: 50, tech: null, techLabel: null, icon: null, iconBox: null,
    label: label(id, { x: x + 10, y: y + 10, width: 40, height: 16 }), sublabel: null, description: null, links: [], tags: [],
  };
}

function group(id: string, b: Box, parent: string | null = null): SceneGroup {
  return { id, parent, depth: parent ? 1 : 0, color: 'green', ...b, label: label(id, { x: b.x + 10, y: b.y + 6, width: 60, height: 16 }) };
}

function edge(from: string, to: string, points: Point[], text: string | null = null, at?: Box): SceneEdge {
  return { id: `${from}->${to}`, from, to, kind: 'request', points, label: text && at ? label(text, at) : null };
}

/** A clean scene: group g holds a and b; a → b straight down; c outside; b → c. */
function clean(): Scene {
  return {
    version: 1, title: 'T', description: null, direction: 'down', width: 600, height: 500,
    titleLabel: label('T', { x: 20, y: 10, width: 100, height: 28 }),
    legend: { x: 20, y: 460, width: 200, height: 28, items: [{ kind: 'request', text: 'Request flow' }] },
    groups: [group('g', { x: 20, y: 50, width: 160, height: 260 })],
    nodes: [node('a', 50, 90, 'g'), node('b', 50, 230, 'g'), node('c', 400, 230)],
    edges: [
      edge('a', 'b', [{ x: 100, y: 140 }, { x: 100, y: 230 }], 'x', { x: 90, y: 175, width: 20, height: 16 }),
      edge('b', 'c', [{ x: 150, y: 255 }, { x: 400, y: 255 }]),
    ],
  };
}

const with_ = (patch: (s: Scene) => Partial<Scene>): Scene => ({ ...clean(), ...patch(clean()) });

test('a clean scene has no defects', () => {
  const r = checkScene(clean());
  assert.equal(r.defects, 0, JSON.stringify(r.samples));
  assert.deepEqual([r.nodes, r.groups, r.edges, r.edgeCrossings], [3, 1, 2, 0]);
});

test('overlapping nodes', () => {
  const r = checkScene(with_((s) => ({ nodes: [...s.nodes, node('d', 420, 250)] })));
  assert.equal(r.nodeOverlaps, 1);
  assert.ok(r.defects >= 1);
});

test('a node label over another node, and a group title over its own child', () => {
  const s = clean();
  const a = s.nodes[0]!;
  const over = { ...a, label: { ...a.label, y: 225 } };
  assert.equal(checkScene({ ...s, nodes: [over, ...s.nodes.slice(1)] }).labelOverlaps >= 1, true);
  const g = s.groups[0]!;
  const low = { ...g, label: { ...g.label, y: 95 } };
  // the title lands on node a and on a's label
  assert.equal(checkScene({ ...s, groups: [low] }).labelOverlaps, 2);
});

test('an edge label on a node', () => {
  const s = clean();
  const e = s.edges[0]!;
  const r = checkScene({ ...s, edges: [{ ...e, label: label('x', { x: 60, y: 100, width: 20, height: 16 }) }, s.edges[1]!] });
  assert.equal(r.edgeLabelOverlaps, 2, 'on node a and on its label');
});

test('an edge through a foreign node, but not through its own ends or their groups', () => {
  const s = clean();
  const through = edge('a', 'c', [{ x: 150, y: 115 }, { x: 440, y: 115 }, { x: 440, y: 230 }]);
  assert.equal(checkScene({ ...s, edges: [...s.edges, through] }).edgeThroughNode, 0);
  const bad = edge('a', 'c', [{ x: 100, y: 140 }, { x: 100, y: 330 }, { x: 450, y: 330 }, { x: 450, y: 280 }]);
  assert.equal(checkScene({ ...s, edges: [...s.edges, bad] }).edgeThroughNode, 1);
});

test('edge crossings are counted but are not defects', () => {
  const s = clean();
  // c → a leaves c's bottom and climbs across b → c at (300, 255)
  const climb = edge('c', 'a', [{ x: 420, y: 280 }, { x: 420, y: 300 }, { x: 300, y: 300 }, { x: 300, y: 200 }, { x: 160, y: 200 }, { x: 160, y: 115 }, { x: 150, y: 115 }]);
  const r = checkScene({ ...s, edges: [...s.edges, climb] });
  assert.equal(r.edgeCrossings, 1);
  assert.equal(r.defects, 0, JSON.stringify(r.samples));
});

test('a node outside its group, and a group outside the canvas', () => {
  const s = clean();
  const out = checkScene({ ...s, nodes: [node('a', 150, 90, 'g'), ...s.nodes.slice(1)] });
  assert.ok(out.outsideParent >= 1);
  const off = checkScene({ ...s, width: 150 });
  assert.ok(off.outsideCanvas >= 1);
});

test('an edge end away from its node', () => {
  const s = clean();
  const r = checkScene({ ...s, edges: [edge('a', 'b', [{ x: 100, y: 150 }, { x: 100, y: 220 }]), s.edges[1]!] });
  assert.equal(r.detachedEdgeEnds, 2);
  assert.equal(checkScene({ ...s, edges: [edge('a', 'b', [])] }).detachedEdgeEnds, 1);
});

test('a group title running to (or past) its own frame', () => {
  const s = clean();
  const g = s.groups[0]!;
  // g spans x 20–180: a 150-wide title from x 30 leaves no room on the right
  const touching = checkScene({ ...s, groups: [{ ...g, label: { ...g.label, width: 150 } }] });
  assert.equal(touching.outsideParent, 1);
  assert.match(touching.samples[0]!, /title of group g touches its frame/);
  const framed = checkScene({ ...s, groups: [{ ...g, label: { ...g.label, width: 130 } }] });
  assert.equal(framed.defects, 0);
});

test('sibling groups overlapping, and a node over a foreign group', () => {
  const s = clean();
  const h = group('h', { x: 120, y: 60, width: 200, height: 100 });
  const r = checkScene({ ...s, groups: [...s.groups, h] });
  assert.equal(r.groupOverlaps, 2, 'g overlaps h, and node a lies on h');
});

test('nested groups may overlap their parent', () => {
  const s = clean();
  const inner = group('inner', { x: 30, y: 80, width: 140, height: 220 }, 'g');
  const nodes = s.nodes.map((n) => (n.parent === 'g' ? { ...n, parent: 'inner' } : n));
  const r = checkScene({ ...s, groups: [...s.groups, { ...inner, label: label('inner', { x: 100, y: 84, width: 60, height: 16 }) }], nodes });
  assert.equal(r.groupOverlaps, 0, JSON.stringify(r.samples));
});

test('the title band or the legend over the diagram', () => {
  const s = clean();
  assert.ok(checkScene({ ...s, titleLabel: { ...s.titleLabel, y: 60 } }).frameDefects >= 1);
  assert.ok(checkScene({ ...s, legend: { ...s.legend!, y: 280 } }).frameDefects >= 1);
});

test('an edge under a group title or under another edge label', () => {
  const s = clean();
  // c → a comes round the top and drops into a straight through g's title (x 30–90, y 56–72)
  const overTitle = edge('c', 'a', [{ x: 450, y: 230 }, { x: 450, y: 44 }, { x: 60, y: 44 }, { x: 60, y: 90 }]);
  assert.equal(checkScene({ ...s, edges: [...s.edges, overTitle] }).edgeThroughLabel, 1);
  // c → b runs left under the label of a → b (x 90–110, y 175–191) into b's top
  const underLabel = edge('c', 'b', [{ x: 400, y: 240 }, { x: 380, y: 240 }, { x: 380, y: 183 }, { x: 70, y: 183 }, { x: 70, y: 230 }]);
  const r = checkScene({ ...s, edges: [...s.edges, underLabel] });
  assert.equal(r.edgeThroughLabel, 1, JSON.stringify(r.samples));
  assert.equal(r.defects, 1, JSON.stringify(r.samples));
});

test('two edges on one line must share an end', () => {
  const s = clean();
  // a → c joins b → c on its last stretch: a fan-in into c, fine
  const fanIn = edge('a', 'c', [{ x: 150, y: 115 }, { x: 300, y: 115 }, { x: 300, y: 255 }, { x: 400, y: 255 }]);
  assert.equal(checkScene({ ...s, edges: [...s.edges, fanIn] }).defects, 0);
  // a → b drawn back along b → c: no common end, the reader cannot tell them apart
  const stray = { ...edge('a', 'b', [{ x: 150, y: 115 }, { x: 300, y: 115 }, { x: 300, y: 255 }, { x: 150, y: 255 }]), id: 'a->b#2' };
  const r = checkScene({ ...s, edges: [...s.edges, stray] });
  assert.equal(r.edgeOverlaps, 1, JSON.stringify(r.samples));
});

test('segments cross only properly; an axis-aligned run through a box is a hit', () => {
  assert.equal(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 }), true);
  assert.equal(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }), false);
  assert.equal(segmentHitsBox({ x: 5, y: -10 }, { x: 5, y: 30 }, { x: 0, y: 0, width: 10, height: 10 }), true);
  assert.equal(segmentHitsBox({ x: 0, y: -10 }, { x: 0, y: 30 }, { x: 0, y: 0, width: 10, height: 10 }), false);
});

test('samples are capped and the total adds up', () => {
  const s = clean();
  const many = Array.from({ length: 20 }, (_, i) => node(`n${i}`, 400, 230));
  const r = checkScene({ ...s, nodes: [...s.nodes, ...many] });
  assert.ok(r.samples.length <= 12);
  assert.ok(r.defects >= r.nodeOverlaps);
});
