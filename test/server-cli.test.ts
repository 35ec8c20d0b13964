// `neonarch serve` as a command: help, usage errors, and a real start that prints its URL and stops cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../src/cli/commands/serve.js';
import type { Io } from '../src/cli/io.js';
import { cli } from './cli-helpers.js';
import { raw, VIEWER_FIXTURES } from './server-helpers.js';

test('serve --help, a bad port and two paths are usage errors; a missing path exits 1', async () => {
  assert.match((await cli(['serve', '--help'])).out, /Usage: neonarch serve \[PATH\]/);
  assert.match((await cli(['--help'])).out, /serve +live viewer/);
  assert.match((await cli(['--help'])).out, /site +build a static site/);
  assert.equal((await cli(['serve', '--port', 'http'])).code, 2);
  assert.equal((await cli(['serve', '--port', '70000'])).code, 2);
  assert.equal((await cli(['serve', 'a', 'b'])).code, 2);
  const missing = await cli(['serve', join(VIEWER_FIXTURES, 'nope'), '--port', '0']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /error\[no-such-path\]: cannot serve/);
});

test('serve prints the URL of a free port, answers there, and stops when told', async () => {
  let out = '';
  const io: Io = { out: (t) => void (out += t), err: () => {}, cwd: VIEWER_FIXTURES, color: false };
  const stop = new AbortController();
  const running = serve(['--port', '0', 'more'], io, stop.signal);
  while (!out.includes('http://')) await new Promise((r) => setTimeout(r, 10));
  const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)!;
  assert.match(out, /\(1 model; Ctrl\+C stops\)/);
  assert.equal((await raw(Number(url[1]), '/_neonarch/api/models')).status, 200);
  stop.abort();
  assert.equal(await running, 0);
});
