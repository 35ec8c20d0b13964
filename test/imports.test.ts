// The pipeline's shape, enforced: no import cycles in src/, and stages only import the stages below them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../src/paths.js';

const SRC = join(packageRoot(), 'src');
// Lower index = lower layer. A file may import its own stage or any stage with a lower index.
const LAYERS = [['paths.ts', 'write-file.ts', 'cache-dir.ts', 'escape.ts', 'sha256.ts', 'diagnostics'], ['text', 'icons', 'catalog'], ['parse'], ['model'], ['rules'], ['theme', 'scene'], ['layout'], ['render'], ['layout-cache.ts', 'assets.ts'], ['viewer'], ['pipeline.ts', 'index.ts'], ['server'], ['site'], ['cli']];
// viewer is browser code: it imports only types from below (test/viewer.test.ts holds it to that).

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

const stageOf = (file: string): string => relative(SRC, file).split('/')[0]!;
const layerOf = (stage: string): number => LAYERS.findIndex((l) => l.includes(stage));

export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const cycle = visit(m);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of [...graph.keys()].sort()) {
    const cycle = visit(n);
    if (cycle) return cycle;
  }
  return null;
}

const graph = new Map(sourceFiles(SRC).map((f) => [f, importsOf(f)]));

test('src/ has no import cycle', () => {
  const cycle = findCycle(graph);
  assert.equal(cycle, null, `import cycle: ${cycle?.map((f) => relative(SRC, f)).join(' → ')}`);
});

test('the cycle finder finds a cycle when there is one', () => {
  assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
});

test('every stage imports only its own stage or lower ones', () => {
  const wrong: string[] = [];
  for (const [file, deps] of graph) {
    for (const dep of deps) {
      const from = stageOf(file), to = stageOf(dep);
      assert.notEqual(layerOf(from), -1, `stage ${from} is not placed in LAYERS`);
      if (layerOf(to) > layerOf(from)) wrong.push(`${relative(SRC, file)} imports ${relative(SRC, dep)}`);
    }
  }
  assert.deepEqual(wrong, []);
});
