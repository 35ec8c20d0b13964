// Golden scene and SVG files of the four examples: what users see, reviewed as a diff.
// Accept changes with `npm run accept`; a failing comparison leaves `*.got.*` beside the golden file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { packageRoot } from '../src/paths.js';
import { compile, draw } from '../src/pipeline.js';

const GOLDEN = join(packageRoot(), 'test', 'golden');
const accept = process.env.NEONARCH_ACCEPT === '1';

function compare(name: string, got: string): void {
  const want = join(GOLDEN, name);
  const gotPath = want.replace(/(\.[a-z]+)$/, '.got$1');
  if (accept) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(want, got);
    rmSync(gotPath, { force: true });
    return;
  }
  assert.ok(existsSync(want), `${name} has no golden file; run \`npm run accept\``);
  if (readFileSync(want, 'utf8') === got) return rmSync(gotPath, { force: true });
  writeFileSync(gotPath, got);
  assert.fail(`${name} differs from its golden file; see ${gotPath} (accept with \`npm run accept\`)`);
}

for (const system of BUILT_IN_SYSTEMS) {
  test(`golden files of ${system}`, async () => {
    const { value } = await compile(readFileSync(exampleFile(system), 'utf8'), `examples/${system}.arch.yaml`);
    assert.ok(value);
    const drawing = await draw(value.scene, 'dark-neon', ['svg', 'scene']);
    compare(`${system}.scene.json`, drawing.scene!);
    compare(`${system}.svg`, drawing.svg!);
  });
}
