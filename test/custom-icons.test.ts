// `icon: ./assets/x.svg`: the model's own icon files, read only from the model's folder, sanitised, embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { loadModel } from '../src/model/index.js';
import { compile, draw } from '../src/pipeline.js';
import { checkScene } from '../src/scene/check.js';
import { themeNames } from '../src/theme/index.js';
import { packageRoot } from '../src/paths.js';
import { cli, tempDir } from './cli-helpers.js';

const model = (icon: string) => `title: Icons\nnodes:\n  api: { label: API, icon: ${icon} }\n  db: DB\nedges: [ api -> db ]\n`;
const where = (d: { span?: { file: string; line: number; col: number } }) => `${d.span?.file}:${d.span?.line}:${d.span?.col}`;
const MONO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"/></svg>';

/** A folder holding `project/` (the model's folder, with assets/) and `outside/` next to it. */
function workspace(): { root: string; project: string } {
  const root = tempDir();
  const project = join(root, 'project');
  mkdirSync(join(project, 'assets'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'secret.svg'), MONO);
  writeFileSync(join(project, 'assets', 'ok.svg'), MONO);
  return { root, project };
}

async function compileIn(root: string, icon: string) {
  return compile(model(icon), 'project/icons.arch.yaml', { cwd: root });
}

test('a path climbing out of the model\'s folder is refused at the icon value, before any file is read', () => {
  const r = loadModel(model('../../x.svg'), 'project/icons.arch.yaml');
  assert.equal(r.value, null);
  const [d] = r.diagnostics;
  assert.equal(d!.code, 'outside-model-folder');
  assert.equal(where(d!), 'project/icons.arch.yaml:3:28');
  assert.match(d!.message, /icon "\.\.\/\.\.\/x\.svg" is outside the model's folder/);
});

test('an absolute path and a URL are refused too', () => {
  const abs = loadModel(model('/etc/outside/x.svg'), 'm.arch.yaml').diagnostics[0]!;
  assert.equal(abs.code, 'outside-model-folder');
  assert.match(abs.message, /absolute path/);
  assert.equal(loadModel(model('"C:\\\\icons\\\\x.svg"'), 'm.arch.yaml').diagnostics[0]!.code, 'outside-model-folder');
  assert.equal(loadModel(model('https://example.com/x.svg'), 'm.arch.yaml').diagnostics[0]!.code, 'bad-file-path');
  assert.equal(loadModel(model('./assets/x.gif'), 'm.arch.yaml').diagnostics[0]!.code, 'bad-icon');
});

test('`neonarch check` and `render` exit 1 with file:line:col on a ../../ icon', async () => {
  const { project } = workspace();
  writeFileSync(join(project, 'icons.arch.yaml'), model('../../x.svg'));
  for (const command of ['check', 'render']) {
    const r = await cli([command, 'icons.arch.yaml', ...(command === 'render' ? ['-o', 'out'] : [])], project);
    assert.equal(r.code, 1, command);
    assert.match(r.err, /^icons\.arch\.yaml:3:28: error\[outside-model-folder\]: icon "\.\.\/\.\.\/x\.svg" is outside the model's folder/m, command);
  }
});

test('a symbolic link leading outside the model\'s folder is refused (file or folder link)', async () => {
  const { root, project } = workspace();
  symlinkSync(join(root, 'outside', 'secret.svg'), join(project, 'assets', 'link.svg'));
  symlinkSync(join(root, 'outside'), join(project, 'linked'));
  for (const icon of ['./assets/link.svg', './linked/secret.svg']) {
    const r = await compileIn(root, icon);
    assert.equal(r.value, null, icon);
    const d = r.diagnostics.find((x) => x.code === 'outside-model-folder')!;
    assert.match(d.message, /leads outside the model's folder \(through a symbolic link\)/);
    assert.equal(where(d), 'project/icons.arch.yaml:3:28');
  }
  const inside = await compileIn(root, './assets/ok.svg');
  assert.ok(inside.value, JSON.stringify(inside.diagnostics));
});

test('missing, oversized and broken files are errors at the icon', async () => {
  const { root, project } = workspace();
  writeFileSync(join(project, 'assets', 'big.svg'), `<svg viewBox="0 0 1 1"><!--${'x'.repeat(300 * 1024)}--></svg>`);
  writeFileSync(join(project, 'assets', 'fake.png'), 'not a png at all, not at all');
  writeFileSync(join(project, 'assets', 'broken.svg'), '<svg viewBox="0 0 1 1"><path</svg>');
  const codes: Record<string, [string, RegExp]> = {
    './assets/none.svg': ['missing-file', /icon "assets\/none\.svg" not found/],
    './assets/big.svg': ['file-too-large', /is 301 KB; the limit is 256 KB/],
    './assets/fake.png': ['bad-icon', /cannot be used: it is not a PNG image/],
    './assets/broken.svg': ['bad-icon', /cannot be used: it is not well-formed XML/],
    './assets': ['bad-icon', /not an \.svg or \.png file/],
  };
  for (const [icon, [code, message]] of Object.entries(codes)) {
    const r = await compileIn(root, icon);
    const d = r.diagnostics.find((x) => x.severity === 'error')!;
    assert.equal(d.code, code, icon);
    assert.match(d.message, message);
    assert.equal(where(d), 'project/icons.arch.yaml:3:28');
  }
});

test('a hostile SVG icon is neutralised: the diagram renders, without its script, handlers or external links', async () => {
  const { project } = workspace();
  const hostile = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 24 24" onload="alert(1)">'
    + '<script>alert(document.cookie)</script><path d="M4 4h16v16H4z" fill="#e11d48"/><circle r="4" cx="12" cy="12" fill="#fde047"/>'
    + '<use xlink:href="http://evil.example/s.svg#x"/><image href="http://evil.example/p.png"/></svg>';
  writeFileSync(join(project, 'assets', 'evil.svg'), hostile);
  writeFileSync(join(project, 'icons.arch.yaml'), model('./assets/evil.svg'));
  const r = await cli(['render', 'icons.arch.yaml', '-o', 'out', '-f', 'svg'], project);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /^icons\.arch\.yaml:3:28: warning\[icon-sanitised\]: removed from icon "assets\/evil\.svg": .*<script>.*onload= event handler/m);
  const out = readFileSync(join(project, 'out', 'icons.svg'), 'utf8');
  assert.doesNotMatch(out, /<script|onload|alert\(|evil\.example/);
  assert.match(out, /<symbol id="icon-file-assets_2f_evil_2e_svg" viewBox="0 0 24 24" overflow="visible"><g><path d="M4 4h16v16H4z" fill="#e11d48"\/>/);
  assert.equal(XMLValidator.validate(out), true);
});

test('icon: takes a shipped icon or a technology\'s name too; an unknown one is a warning with did-you-mean', () => {
  const kafka = loadModel(model('kafka'), 'm.arch.yaml').value!;
  assert.equal(kafka.nodes[0]!.icon, 'kafka');
  assert.equal(loadModel(model('postgres'), 'm.arch.yaml').value!.nodes[0]!.icon, 'postgresql');
  const typo = loadModel(model('kafak'), 'm.arch.yaml');
  assert.equal(typo.diagnostics[0]!.code, 'unknown-icon');
  assert.match(typo.diagnostics[0]!.hint!, /did you mean "kafka"\?/);
});

test('examples/custom-styling: its own SVG and PNG icons, tinted only when one-colour, 0 defects in every theme', async () => {
  const file = join(packageRoot(), 'examples', 'custom-styling', 'payments.arch.yaml');
  const r = await compile(readFileSync(file, 'utf8'), 'examples/custom-styling/payments.arch.yaml', { cwd: packageRoot() });
  assert.deepEqual(r.diagnostics, []);
  const { scene, theme } = r.value!;
  assert.equal(theme?.name, 'orbit');
  const icons = scene.icons!;
  assert.deepEqual(Object.keys(icons), ['file:assets/ledger.svg', 'file:assets/orbit-pay.svg', 'file:assets/risk-radar.png']);
  assert.deepEqual(Object.values(icons).map((i) => i.tinted), [true, false, false]);
  assert.match(icons['file:assets/risk-radar.png']!.body, /^<image href="data:image\/png;base64,/);
  assert.equal(checkScene(scene).defects, 0);
  for (const name of [...themeNames(), theme!]) {
    const svg = (await draw(scene, name, ['svg'])).svg!;
    assert.equal(XMLValidator.validate(svg), true);
    assert.equal((svg.match(/<symbol id="icon-file-/g) ?? []).length, 3);
    assert.match(svg, /id="icon-file-assets_2f_orbit-pay_2e_svg.ring"/, 'ids inside an icon are its own');
  }
  // Drawn in strips, most of its symbols and images lie outside each strip's view: resvg must not abort on them.
  const png = (await draw(scene, theme!, ['png'])).png!;
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [scene.width * 2, scene.height * 2]);
});
