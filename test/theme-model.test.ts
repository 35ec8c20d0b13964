// A model's own theme file and its own colours: read from the model's folder, kept readable, warned about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { loadModel } from '../src/model/index.js';
import { compile, themeFor } from '../src/pipeline.js';
import { contrastRatio, getTheme, themeNames, type Theme } from '../src/theme/index.js';
import { cli, tempDir } from './cli-helpers.js';

const where = (d: { span?: { file: string; line: number; col: number } }) => `${d.span?.file}:${d.span?.line}:${d.span?.col}`;
const modelWith = (lines: string) => `title: Shop\n${lines}groups:\n  web:\n    label: Web\n    color: "#000080"\n    nodes: { shop: { label: Shop, tech: react, color: "#111111" } }\nnodes: { db: DB }\nedges: [ shop -> db ]\n`;

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('theme: ./brand.theme.yaml draws with the file\'s theme; --theme still wins', async () => {
  const dir = project({ 'shop.arch.yaml': modelWith('theme: ./brand.theme.yaml\n'), 'brand.theme.yaml': 'extends: light\nbackground: "#fdf6e3"\n' });
  const own = await cli(['render', 'shop.arch.yaml', '-f', 'svg', '-o', 'out'], dir);
  assert.equal(own.code, 0, own.err);
  assert.match(readFileSync(join(dir, 'out', 'shop.svg'), 'utf8'), /class="canvas"[^>]*fill="#fdf6e3"/);
  const chosen = await cli(['render', 'shop.arch.yaml', '-f', 'svg', '-o', 'out', '--theme', 'synthwave'], dir);
  assert.equal(chosen.code, 0, chosen.err);
  assert.match(readFileSync(join(dir, 'out', 'shop.svg'), 'utf8'), /class="canvas"[^>]*fill="#14052b"/);
});

test('a theme file outside the model\'s folder is refused at the theme value', () => {
  const r = loadModel(modelWith('theme: ../shared/brand.theme.yaml\n'), 'shop.arch.yaml');
  assert.equal(r.value, null);
  assert.equal(r.diagnostics[0]!.code, 'outside-model-folder');
  assert.equal(where(r.diagnostics[0]!), 'shop.arch.yaml:2:8');
});

test('a mistake in the theme file fails the render with the theme file\'s file:line:col', async () => {
  const dir = project({ 'shop.arch.yaml': modelWith('theme: brand.theme.yaml\n'), 'brand.theme.yaml': 'extends: dark-neon\nnode:\n  fil: "#101010"\n' });
  const r = await cli(['render', 'shop.arch.yaml', '-o', 'out'], dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /^brand\.theme\.yaml:3:3: error\[unknown-token\]: unknown theme token "node\.fil"\n {3}hint: did you mean "node\.fill"\?/m);
  const check = await cli(['check', 'shop.arch.yaml'], dir);
  assert.equal(check.code, 1);
  assert.match(check.err, /brand\.theme\.yaml:3:3: error\[unknown-token\]/);
});

test('a missing theme file is an error at the model\'s theme value', async () => {
  const dir = project({ 'shop.arch.yaml': modelWith('theme: ./brand.theme.yaml\n') });
  const r = await compile(readFileSync(join(dir, 'shop.arch.yaml'), 'utf8'), 'shop.arch.yaml', { cwd: dir });
  assert.equal(r.value, null);
  assert.equal(where(r.diagnostics[0]!), 'shop.arch.yaml:2:8');
  assert.equal(r.diagnostics[0]!.code, 'missing-file');
});

test('a user colour under 4.5:1 is drawn readable, and the render says so at the colour (low-contrast)', async () => {
  const dir = project({ 'shop.arch.yaml': modelWith('') });
  const r = await cli(['render', 'shop.arch.yaml', '-f', 'svg', '-o', 'out'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /^shop\.arch\.yaml:5:12: warning\[low-contrast\]: colour #000080 is 1\.\d\d:1 on its group fill in theme dark-neon, under the 4\.5:1 text needs; the group title is drawn in (#[0-9a-f]{6}) \(4\.\d\d:1\) instead/m);
  assert.match(r.err, /^shop\.arch\.yaml:6:55: warning\[low-contrast\]: colour #111111 is 1\.\d\d:1 on the node card in theme dark-neon, .*the icon is drawn in #[0-9a-f]{6}/m);
  const drawn = /the group title is drawn in (#[0-9a-f]{6})/.exec(r.err)![1]!;
  assert.match(readFileSync(join(dir, 'out', 'shop.svg'), 'utf8'), new RegExp(`<text [^>]*fill="${drawn}"[^>]*>Web<`));
});

test('the warning follows the theme: none where the colour is readable, one per theme under auto', async () => {
  // Navy is unreadable on dark-neon only, pale yellow on light only.
  const text = modelWith('').replace('#111111', '#ffee55');
  const compiled = (await compile(text, 'shop.arch.yaml')).value!;
  const codes = (theme: string) => themeFor(theme, compiled).diagnostics.map((d) => `${d.code} ${/#\w+/.exec(d.message)![0]} ${/in theme ([\w-]+)/.exec(d.message)?.[1]}`);
  assert.deepEqual(codes('dark-neon'), ['low-contrast #000080 dark-neon']);
  assert.deepEqual(codes('light'), ['low-contrast #ffee55 light']);
  assert.deepEqual(codes('auto'), ['low-contrast #000080 dark-neon', 'low-contrast #ffee55 light']);
  const own = themeFor(undefined, compiled);
  assert.equal(own.value, 'dark-neon');
});

test('the built-in examples use theme colours only: no warning in any theme, every text readable', async () => {
  for (const system of BUILT_IN_SYSTEMS) {
    const c = (await compile(readFileSync(exampleFile(system), 'utf8'), `${system}.arch.yaml`)).value!;
    for (const name of [...themeNames(), 'auto']) assert.deepEqual(themeFor(name, c).diagnostics, [], `${system} ${name}`);
  }
});

test('a readable hex colour is drawn as written, without a warning', async () => {
  const text = modelWith('').replace('#000080', '#ff8800').replace('#111111', '#00ccff');
  const compiled = (await compile(text, 'shop.arch.yaml')).value!;
  assert.deepEqual(themeFor('dark-neon', compiled).diagnostics, []);
  const theme = themeFor(undefined, { ...compiled, theme: { ...getTheme('light')!, name: 'x' } }).value;
  assert.equal((theme as Theme).name, 'x', 'a model\'s own theme is drawn when no theme is requested');
  assert.ok(contrastRatio('#ff8800', '#0a0a0a') > 4.5);
});

test('an unknown theme name is an error at theme:, naming auto and theme files', () => {
  const c = { model: loadModel(modelWith('theme: dark-nen\n'), 'shop.arch.yaml').value!, scene: null as never };
  const r = themeFor(undefined, c);
  assert.equal(r.value, null);
  assert.equal(where(r.diagnostics[0]!), 'shop.arch.yaml:2:8');
  assert.match(r.diagnostics[0]!.hint!, /did you mean "dark-neon"\? themes: .*synthwave, auto, or a theme file/);
});
