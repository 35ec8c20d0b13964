import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

test('package root holds package.json and assets', () => {
  assert.ok(existsSync(join(packageRoot(), 'package.json')));
});
