// schema/model.schema.json ships in the package for editors (`# yaml-language-server: $schema=…`);
// it must always equal what `neonarch schema` prints. `npm run accept` rewrites it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelJsonSchema } from '../src/model/index.js';
import { packageRoot } from '../src/paths.js';

const FILE = join(packageRoot(), 'schema', 'model.schema.json');

test('the shipped schema file is the generated JSON Schema', () => {
  const text = `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
  if (process.env.NEONARCH_ACCEPT === '1') {
    mkdirSync(join(packageRoot(), 'schema'), { recursive: true });
    writeFileSync(FILE, text);
  }
  assert.equal(readFileSync(FILE, 'utf8'), text, 'schema/model.schema.json is stale; run `npm run accept`');
});
