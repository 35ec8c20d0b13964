// Small hand-made models for the layout tests, and the examples in every direction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction, Edge, EdgeKind, Group, Model, Node } from '../src/model/types.js';
import { DIRECTIONS } from '../src/model/types.js';
import { loadModel } from '../src/model/index.js';
import { layoutModel } from '../src/layout/index.js';
import { checkScene } from '../src/scene/check.js';
import { packageRoot } from '../src/paths.js';

const span = { file: 'test.arch.yaml', line: 1, col: 1, endLine: 1, endCol: 1 };

/** A node; `tech` also sets a caption and an icon of the same name. */
export function node(id: string, parent: string | null = null, tech: string | null = 'server', label = id): Node {
  return { id, label, tech, techLabel: tech ? tech.toUpperCase() : null, icon: tech, description: null, links: [], tags: [], color: null, parent, span };
}

/** A group with an accent. */
export function group(id: string, parent: string | null = null, label = id): Group {
  return { id, label, description: null, color: 'cyan', parent, span };
}

/** An edge with id `from->to`. */
export function edge(from: string, to: string, kind: EdgeKind = 'request', label: string | null = null): Edge {
  return { id: `${from}->${to}`, from, to, kind, label, description: null, span };
}

/** A model from its parts. */
export function model(groups: Group[], nodes: Node[], edges: Edge[], direction: Direction = 'down'): Model {
  return { file: 'test.arch.yaml', title: 'Test', description: 'A test diagram.', direction, theme: null, groups, nodes, edges };
}

/** The built-in example model files, sorted. */
export function exampleFiles(): string[] {
  return readdirSync(join(packageRoot(), 'examples')).filter((f) => f.endsWith('.arch.yaml')).sort();
}

/** Registers one test per example file and direction it does not declare: zero geometry defects. */
export function testOtherDirections(files: readonly string[]): void {
  for (const file of files) {
    const result = loadModel(readFileSync(join(packageRoot(), 'examples', file), 'utf8'), file);
    for (const direction of DIRECTIONS.filter((d) => d !== result.value?.direction)) {
      test(`${file} laid out ${direction}: zero geometry defects`, async () => {
        assert.ok(result.value, JSON.stringify(result.diagnostics));
        const report = checkScene(await layoutModel({ ...result.value, direction }));
        assert.equal(report.defects, 0, JSON.stringify(report.samples));
      });
    }
  }
}
