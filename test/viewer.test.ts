// The viewer's logic that needs no browser: safe links, search, pan/zoom maths, arrow-key moves, filters,
// deep links; and the rule that keeps the browser code out of the Node import graph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../src/paths.js';
import type { Scene, SceneNode } from '../src/scene/types.js';
import { isExternal, safeHref } from '../src/viewer/links.js';
import { searchNodes } from '../src/viewer/search.js';
import { centerOn, fitView, zoomAt, MAX_ZOOM } from '../src/viewer/viewport.js';
import { nextNode } from '../src/viewer/nav.js';
import { formatHash, parseHash } from '../src/viewer/hash.js';
import { edgeNeighbourhood, hiddenBy, nodeNeighbourhood, sceneGraph } from '../src/viewer/graph.js';

const label = (text: string) => ({ text, lines: [text], x: 0, y: 0, width: 10, height: 10 });
const node = (id: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode => ({
  id, parent: null, color: 'green', tech: null, techLabel: null, icon: null, iconBox: null, label: label(id), sublabel: null,
  description: null, links: [], tags: [], x, y, width: 100, height: 50, ...extra,
} as SceneNode);

const scene: Scene = {
  version: 1, title: 'T', description: null, direction: 'down', width: 800, height: 600, titleLabel: label('T'), legend: null,
  groups: [
    { id: 'outer', parent: null, depth: 0, color: 'green', label: label('Outer'), x: 0, y: 0, width: 400, height: 400 },
    { id: 'inner', parent: 'outer', depth: 1, color: 'cyan', label: label('Inner'), x: 10, y: 10, width: 200, height: 200 },
  ],
  nodes: [
    node('web', 0, 0, { parent: 'inner', label: label('Web Shop'), tech: 'react', techLabel: 'React' }),
    node('api', 200, 0, { parent: 'outer', label: label('Orders API'), tech: 'go', techLabel: 'Go' }),
    node('db', 200, 200, { label: label('Orders DB'), tech: 'postgresql', techLabel: 'PostgreSQL' }),
    node('metrics', 400, 0, { label: label('Metrics') }),
  ],
  edges: [
    { id: 'web->api', from: 'web', to: 'api', kind: 'request', points: [], label: null },
    { id: 'api->db', from: 'api', to: 'db', kind: 'data', points: [], label: null },
    { id: 'api->metrics', from: 'api', to: 'metrics', kind: 'telemetry', points: [], label: null },
  ],
};

test('links: only http(s), mailto and relative addresses become links', () => {
  assert.equal(safeHref('https://example.com/x', ''), 'https://example.com/x');
  assert.equal(safeHref('mailto:team@example.com', ''), 'mailto:team@example.com');
  assert.equal(safeHref('docs/web.md', '/shop/'), '/shop/docs/web.md');
  assert.equal(safeHref('/abs/path', '/shop/'), '/abs/path');
  assert.equal(safeHref('#frag', '/shop/'), '#frag');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>', 'vbscript:x', 'x:y', 'file:///etc/passwd', '\u0001javascript:x']) {
    assert.equal(safeHref(bad, ''), null, JSON.stringify(bad));
  }
  assert.ok(isExternal('https://example.com') && isExternal('//cdn.example.com') && !isExternal('docs/x.md'));
});

test('search finds nodes by label, id or technology, best first', () => {
  assert.deepEqual(searchNodes(scene.nodes, 'orders').map((n) => n.id), ['api', 'db']);
  assert.deepEqual(searchNodes(scene.nodes, 'db').map((n) => n.id), ['db']);
  assert.deepEqual(searchNodes(scene.nodes, 'postgres').map((n) => n.id), ['db']);
  assert.deepEqual(searchNodes(scene.nodes, 'REACT').map((n) => n.id), ['web']);
  assert.deepEqual(searchNodes(scene.nodes, '   '), []);
});

test('zoom keeps the point under the cursor still, and fit shows the whole diagram', () => {
  const v = zoomAt({ x: 10, y: 20, k: 1 }, 2, 110, 120);
  assert.deepEqual(v, { x: -90, y: -80, k: 2 });
  assert.equal(zoomAt({ x: 0, y: 0, k: 1 }, 1000, 0, 0).k, MAX_ZOOM);
  const fit = fitView(2000, 1000, 1000, 600, 0);
  assert.equal(fit.k, 0.5);
  assert.deepEqual([fit.x, fit.y], [0, 50]);
  assert.equal(fitView(100, 100, 1000, 1000).k, 1, 'a small diagram is not magnified');
  const c = centerOn({ x: 0, y: 0, k: 0.5 }, { x: 100, y: 100, width: 100, height: 50 }, 1000, 500);
  assert.deepEqual(c, { k: 0.9, x: 500 - 150 * 0.9, y: 250 - 125 * 0.9 });
});

test('arrow keys move to the nearest node that way', () => {
  const [web, api, db] = scene.nodes;
  assert.equal(nextNode(scene.nodes, web!, 'right')?.id, 'api');
  assert.equal(nextNode(scene.nodes, api!, 'down')?.id, 'db');
  assert.equal(nextNode(scene.nodes, db!, 'up')?.id, 'api');
  assert.equal(nextNode(scene.nodes, web!, 'left'), null);
});

test('hover neighbourhoods and filters', () => {
  const graph = sceneGraph(scene);
  assert.deepEqual([...nodeNeighbourhood(graph, 'api').nodes].sort(), ['api', 'db', 'metrics', 'web']);
  assert.deepEqual([...edgeNeighbourhood(graph, 'api->db').nodes], ['api', 'db']);
  const hidden = hiddenBy(graph, new Set(['outer']), new Set(['telemetry']));
  assert.deepEqual([...hidden.groups].sort(), ['inner', 'outer'], 'a hidden group takes its subgroups along');
  assert.deepEqual([...hidden.nodes].sort(), ['api', 'web']);
  assert.deepEqual([...hidden.edges].sort(), ['api->db', 'api->metrics', 'web->api']);
  assert.deepEqual([...hiddenBy(graph, new Set(), new Set(['data'])).edges], ['api->db']);
});

test('deep links read and write #node=…&theme=…', () => {
  assert.deepEqual(parseHash('#node=auth'), { node: 'auth', theme: null });
  assert.deepEqual(parseHash('#theme=light&node=a%2Fb'), { node: 'a/b', theme: 'light' });
  assert.equal(formatHash({ node: 'svc.users', theme: null }), '#node=svc.users');
  assert.equal(formatHash({ node: null, theme: null }), '');
});

// The browser bundle must not pull Node code in: outside src/viewer it may only import types.
test('the viewer imports nothing but types from outside src/viewer, and no node: modules', () => {
  const dir = join(packageRoot(), 'src', 'viewer');
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : n.endsWith('.ts') ? [join(d, n)] : []));
  const wrong: string[] = [];
  for (const file of files(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
      const [, , typeOnly, spec] = m;
      const outside = spec!.startsWith('.') && relative(dir, resolve(dirname(file), spec!)).startsWith('..');
      if (!spec!.startsWith('.') || (outside && !typeOnly)) wrong.push(`${relative(dir, file)}: ${m[0].trim()}`);
    }
  }
  assert.deepEqual(wrong, []);
});
