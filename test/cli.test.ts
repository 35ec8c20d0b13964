import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../src/paths.js';
import { binary, cli, fixture, tempDir } from './cli-helpers.js';
import { layoutOrder } from '../src/cli/commands/render.js';

test('an edge to a misspelt id prints file:line:col, the line and a did-you-mean, and exits 1', async () => {
  const r = await cli(['check', fixture('misspelt-edge.arch.yaml')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /misspelt-edge\.arch\.yaml:9:16: error\[unknown-node\]/);
  assert.match(r.err, /- gateway -> autth: REST/);
  assert.match(r.err, /did you mean "auth"\?/);
});

test('a YAML syntax error prints its position and exits 1, without a stack trace', () => {
  const r = binary(['render', fixture('bad-yaml.arch.yaml'), '-o', tempDir()]);
  assert.equal(r.code, 1);
  assert.match(r.err, /bad-yaml\.arch\.yaml:\d+:\d+: error\[yaml-syntax\]/);
  assert.doesNotMatch(r.err, /\n\s+at .+:\d+:\d+\)?\n/);
});

test('a model with errors writes no output at all', async () => {
  const out = tempDir();
  const r = await cli(['render', fixture('misspelt-edge.arch.yaml'), '-o', out]);
  assert.equal(r.code, 1);
  assert.deepEqual(readdirSync(out), []);
});

test('check --format json gives tools the positions', async () => {
  const r = await cli(['check', '--format', 'json', fixture('misspelt-edge.arch.yaml')]);
  assert.equal(r.code, 1);
  const [d] = JSON.parse(r.out).diagnostics;
  assert.deepEqual([d.code, d.line, d.col, d.severity], ['unknown-node', 9, 16, 'error']);
});

test('check exits 0 on a good model and 2 on bad usage', async () => {
  assert.equal((await cli(['check', fixture('ok.arch.yaml')])).code, 0);
  assert.equal((await cli(['check'])).code, 2);
  assert.equal((await cli(['render', '--format', 'gif'])).code, 2);
  assert.equal((await cli(['render', '--theme', 'dark-neonn'])).code, 2);
  assert.equal((await cli(['render', '--system', 'nope'])).code, 2);
  assert.equal((await cli(['rendr'])).code, 2);
  assert.equal((await cli(['render', '--bogus'])).code, 2);
});

test('a missing file is a clear error, not a crash', async () => {
  const r = await cli(['check', 'no/such.arch.yaml']);
  assert.equal(r.code, 1);
  assert.match(r.err, /cannot read no\/such\.arch\.yaml: no such file/);
});

test('render writes svg, png and scene; a second render replaces its own files', async () => {
  const out = tempDir();
  for (let i = 0; i < 2; i++) {
    const r = await cli(['render', fixture('ok.arch.yaml'), '-o', out, '--format', 'svg,png,scene']);
    assert.equal(r.code, 0, r.err);
  }
  assert.deepEqual(readdirSync(out).sort(), ['ok.png', 'ok.scene.json', 'ok.svg']);
  assert.equal(readFileSync(join(out, 'ok.png')).subarray(1, 4).toString(), 'PNG');
});

test('render lays out the smallest model first but reports and writes in the order given', async () => {
  const out = tempDir();
  const files = [join(packageRoot(), 'examples', 'liberation-system.arch.yaml'), 'no/such.arch.yaml', join(packageRoot(), 'examples', 'docker-debian.arch.yaml')];
  const r = await cli(['render', ...files, '-o', out, '--format', 'svg', '--no-cache']);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.trim().split('\n'), [join(out, 'liberation-system.svg'), join(out, 'docker-debian.svg')]);
  assert.match(r.err, /cannot read no\/such\.arch\.yaml/);
  const read = (text: string | null) => ({ source: text === null ? null : { file: 'm', text } });
  assert.deepEqual(layoutOrder([read('a'.repeat(30)), read(null), read('a'.repeat(10)), read('a'.repeat(30)), read('a'.repeat(20))]), [1, 2, 4, 0, 3]);
});

test('two models of one name write the same files in the order given: the last one wins', async () => {
  const dir = tempDir();
  const model = (title: string, nodes: number) => `title: ${title}\nnodes:\n${Array.from({ length: nodes }, (_, i) => `  n${i}: Node ${i}\n`).join('')}`;
  // The first given is the bigger file, so it is laid out and drawn after the second: its files must
  // still be written first.
  for (const [sub, title, nodes] of [['a', 'First', 6], ['b', 'Second', 1]] as const) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, 'same.arch.yaml'), model(title, nodes));
  }
  const r = await cli(['render', join(dir, 'a', 'same.arch.yaml'), join(dir, 'b', 'same.arch.yaml'), '-o', join(dir, 'out'), '--format', 'svg', '--no-cache']);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(join(dir, 'out', 'same.svg'), 'utf8'), /<title>Second<\/title>/);
});

test("render never overwrites a user's file without --force", async () => {
  const out = tempDir();
  writeFileSync(join(out, 'ok.svg'), 'my own drawing');
  const refused = await cli(['render', fixture('ok.arch.yaml'), '-o', out]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /ok\.svg exists and was not written by neonarch; pass --force/);
  assert.equal(readFileSync(join(out, 'ok.svg'), 'utf8'), 'my own drawing');
  assert.equal(existsSync(join(out, 'ok.png')), false);
  const forced = await cli(['render', fixture('ok.arch.yaml'), '-o', out, '--force']);
  assert.equal(forced.code, 0);
  assert.match(readFileSync(join(out, 'ok.svg'), 'utf8'), /<svg/);
});

test('--system renders one built-in example by its old name', async () => {
  const out = tempDir();
  const r = await cli(['render', '--system', 'docker-debian', '-o', out, '--format', 'svg']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readdirSync(out), ['docker-debian.svg']);
});

test('schema prints a JSON Schema', async () => {
  const r = await cli(['schema']);
  assert.equal(r.code, 0);
  assert.ok(JSON.parse(r.out).$schema);
});

test('help and version', async () => {
  assert.match((await cli(['--help'])).out, /render/);
  assert.match((await cli(['--version'])).out, /^\d+\.\d+\.\d+\n$/);
  assert.match((await cli(['render', '--help'])).out, /--system/);
});

test('an output folder that cannot be made is a clear error and exit 1, not a crash', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'file'), 'x');
  const r = binary(['render', '--system', 'docker-debian', '-o', join(dir, 'file', 'out')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /error: cannot write .*docker-debian\.svg: ENOTDIR/);
  assert.doesNotMatch(r.err, /\n\s+at .+:\d+:\d+\)?\n/);
});

test('a reader that closes the pipe early does not crash the render', () => {
  const out = tempDir();
  const bin = join(packageRoot(), 'bin', 'neonarch.js');
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" render --system docker-debian -o "${out}" | true; echo "exit \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
  assert.match(r.stdout, /exit 0/);
  assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /);
  assert.deepEqual(readdirSync(out).sort(), ['docker-debian.png', 'docker-debian.svg']);
});

test('--engine picks the layout engine; an unknown one is a usage error with a did-you-mean', async () => {
  const out = tempDir();
  const r = await cli(['render', '--system', 'docker-debian', '--engine', 'elk', '--format', 'scene', '-o', out, '--no-cache']);
  assert.equal(r.code, 0, r.err);
  const elk = JSON.parse(readFileSync(join(out, 'docker-debian.scene.json'), 'utf8'));
  await cli(['render', '--system', 'docker-debian', '--format', 'scene', '-o', out, '--no-cache']);
  const graphviz = JSON.parse(readFileSync(join(out, 'docker-debian.scene.json'), 'utf8'));
  assert.notDeepEqual(elk.nodes.map((n: { x: number }) => n.x), graphviz.nodes.map((n: { x: number }) => n.x));
  const bad = await cli(['render', '--engine', 'graphvis']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown engine "graphvis" \(did you mean "graphviz"\?\)/);
});
