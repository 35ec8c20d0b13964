// Every shape draws in every theme: valid SVG, a non-empty PNG, the glow on the outline itself,
// and no colour that is not the theme's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { NODE_SHAPES } from '../src/catalog/types.js';
import { layoutModel } from '../src/layout/index.js';
import { shapeOutline } from '../src/layout/shapes/index.js';
import { renderPng } from '../src/render/png.js';
import { renderSvg } from '../src/render/svg.js';
import { pathData } from '../src/render/shapes/path-data.js';
import { drawNode } from '../src/render/node.js';
import type { Scene, SceneNode } from '../src/scene/types.js';
import { accentPaint, getTheme, themeNames } from '../src/theme/index.js';
import { edge, model } from './layout-fixtures.js';
import { shaped } from './shapes-fixtures.js';

const scenes = new Map(await Promise.all(NODE_SHAPES.map(async (shape) => {
  const m = model([], [shaped('a', shape, 'Orders', 'postgresql'), shaped('b', 'card', 'Client', 'react')], [edge('b', 'a')]);
  return [shape, await layoutModel(m)] as const;
})));

const nodeOf = (scene: Scene): SceneNode => scene.nodes.find((n) => n.id === 'a')!;

for (const shape of NODE_SHAPES) {
  test(`${shape}: valid SVG in every theme, deterministic, and a PNG`, () => {
    const scene = scenes.get(shape)!;
    assert.equal(nodeOf(scene).shape, shape);
    for (const name of themeNames()) {
      const svg = renderSvg(scene, getTheme(name)!);
      assert.equal(XMLValidator.validate(svg), true, name);
      assert.equal(svg, renderSvg(scene, getTheme(name)!));
      assert.ok(svg.includes('>Orders<'));
    }
    const png = renderPng(renderSvg(scene, getTheme('dark-neon')!), { scale: 1 });
    assert.ok(png.length > 1000);
    assert.ok(Math.abs(png.readUInt32BE(16) - scene.width) <= 1, 'the PNG is the scene\'s width');
  });
}

test('the glow follows each outline: its rings are the silhouette, widening; light has none', () => {
  const dark = getTheme('dark-neon')!;
  for (const shape of ['hexagon', 'cylinder', 'cloud', 'person', 'queue', 'document', 'mobile'] as const) {
    const n = nodeOf(scenes.get(shape)!);
    const svg = drawNode(n, dark);
    const glow = /<g class="glow"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    for (const piece of shapeOutline(shape, n)) assert.ok(glow.includes(`<path d="${pathData(piece)}"`), `${shape} glow`);
    assert.ok(!drawNode(n, getTheme('light')!).includes('class="glow"'));
  }
});

test('the silhouette drawn is the outline edges end on', () => {
  for (const shape of ['hexagon', 'cylinder', 'cloud', 'queue', 'document'] as const) {
    const n = nodeOf(scenes.get(shape)!);
    const d = /<path d="([^"]+)" fill/.exec(drawNode(n, getTheme('light')!))![1]!;
    assert.equal(d, pathData(shapeOutline(shape, n)[0]!), shape);
  }
});

test('shapes paint only with theme colours: the node fill, the accent, the text colours', () => {
  for (const name of themeNames()) {
    const theme = getTheme(name)!;
    for (const shape of NODE_SHAPES) {
      const n = nodeOf(scenes.get(shape)!);
      const paint = accentPaint(theme, n.color);
      const allowed = new Set([theme.node.fill, theme.node.label, theme.node.sublabel, paint.stroke, paint.icon, 'none']);
      const used = [...drawNode(n, theme).matchAll(/ (?:fill|stroke|color)="([^"]+)"/g)].map((m) => m[1]!);
      for (const c of used) assert.ok(allowed.has(c), `${name} ${shape}: ${c}`);
    }
  }
});
