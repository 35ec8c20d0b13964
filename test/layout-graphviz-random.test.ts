// Graphviz on seeded random models: what it draws is clean (it never returns a scene with a
// defect), and it draws most of them itself rather than handing them to ELK.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Model } from '../src/model/types.js';
import { layoutWithGraphviz } from '../src/layout/graphviz/index.js';
import { layoutModel } from '../src/layout/index.js';
import { checkScene } from '../src/scene/check.js';
import { edge, group, model, node } from './layout-fixtures.js';

/** Random models: 0–5 groups (some nested), 2–21 nodes, up to 1.5 edges a node, a quarter labelled, any direction. */
export function randomModels(count: number, seed = 1): Model[] {
  let s = seed;
  const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: count }, () => {
    const ng = Math.floor(rnd() * 6);
    const groups = Array.from({ length: ng }, (_, i) => group(`g${i}`, i > 1 && rnd() < 0.2 ? `g${Math.floor(rnd() * i)}` : null, `Group ${i} ${'x'.repeat(Math.floor(rnd() * 20))}`));
    const nn = 2 + Math.floor(rnd() * 20);
    const nodes = Array.from({ length: nn }, (_, i) => node(`n${i}`, ng && rnd() < 0.85 ? `g${Math.floor(rnd() * ng)}` : null, pick(['server', 'postgresql', 'redis', 'react', null]), `Node ${i}`));
    const seen = new Set<string>();
    const edges = Array.from({ length: Math.floor(rnd() * nn * 1.5) }, () => {
      const a = Math.floor(rnd() * nn), b = Math.floor(rnd() * nn);
      if (a === b || seen.has(`${a}-${b}`)) return null;
      seen.add(`${a}-${b}`);
      return edge(`n${a}`, `n${b}`, pick(['request', 'data', 'telemetry'] as const), rnd() < 0.25 ? pick(['HTTPS', 'SQL', 'gRPC', 'enqueue events']) : null);
    }).filter((e) => e !== null);
    return model(groups, nodes, edges, pick(['down', 'right', 'up', 'left'] as const));
  });
}

test('on 150 random models graphviz draws at least 130 itself, each with zero defects, and ELK the rest also with none', async () => {
  let drawn = 0;
  for (const [i, m] of randomModels(150).entries()) {
    const scene = await layoutWithGraphviz(m);
    if (scene) drawn++;
    const report = checkScene(scene ?? await layoutModel(m));
    assert.equal(report.defects, 0, `model ${i} (${m.direction}, ${scene ? 'graphviz' : 'ELK'}): ${report.samples.join('; ')}`);
  }
  console.log(`graphviz drew ${drawn} of 150 random models; ELK gets the rest`);
  assert.ok(drawn >= 130, `only ${drawn}`);
});
