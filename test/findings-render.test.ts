// `render --findings` drawn: red halos under the nodes and edges involved, numbered badges over
// everything, numbered rows in the legend; nothing of it without the flag; the CLI's exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { packageRoot } from '../src/paths.js';
import { compile, draw } from '../src/pipeline.js';
import { renderSvg } from '../src/render/svg.js';
import { escapeXml } from '../src/render/escape.js';
import { getTheme, themeNames } from '../src/theme/index.js';
import { cli, fixture as cliFixture, tempDir } from './cli-helpers.js';

const root = packageRoot();
const FILE = 'examples/liberation-system.arch.yaml';
const DENY = 'test/fixtures/rules/deny.arch.yaml';

async function sceneOf(file: string, findings: boolean) {
  const r = await compile(readFileSync(join(root, file), 'utf8'), file, { cwd: root, findings });
  return r.value!.scene;
}

const plain = await sceneOf(FILE, false);
const ruled = await sceneOf(FILE, true);
const denied = await sceneOf(DENY, true);
const dark = getTheme('dark-neon')!;
const count = (s: string, what: string): number => s.split(what).length - 1;

test('without findings the drawing has none of it, and no findings is the same as none asked for', () => {
  const svg = renderSvg(plain, dark);
  assert.ok(!svg.includes('finding'));
  assert.equal(renderSvg({ ...plain, findings: [] }, dark), svg);
});

test('every theme draws a halo, a badge per finding and a legend row per finding', () => {
  for (const name of themeNames()) {
    const theme = getTheme(name)!;
    const svg = renderSvg(ruled, theme);
    assert.equal(XMLValidator.validate(svg), true, name);
    assert.equal(count(svg, '<g class="finding-halos"'), 1, name);
    assert.ok(svg.includes(`stroke="${theme.finding.color}"`), `${name}: the halo is in the finding colour`);
    assert.equal(count(svg, '<g class="legend-finding"'), ruled.findings!.length, name);
    assert.equal(count(svg, '<g class="finding-badge"'), 2 * ruled.findings!.length, `${name}: on the diagram and in the legend`);
  }
});

test('the legend rows say which rule, how bad and what, in order', () => {
  const svg = renderSvg(ruled, dark);
  const rows = [...svg.matchAll(/<g class="legend-finding" data-finding="(\d+)">.*?<\/g>(.*?)<\/g>/g)];
  assert.deepEqual(rows.map((m) => Number(m[1])), ruled.findings!.map((f) => f.number));
  for (const f of ruled.findings!) assert.ok(svg.includes(escapeXml(f.row.label.lines[0]!)), f.row.label.lines[0]);
});

test('paint order: halos under the edges, badges over the edge labels, the legend last', () => {
  const svg = renderSvg(denied, dark);
  const at = (what: string) => svg.indexOf(what);
  assert.ok(at('class="finding-halos"') < at('class="edge"'));
  assert.ok(at('class="edge-label"') < at('class="findings"'));
  assert.ok(at('class="findings"') < at('class="legend"'));
});

test('an error badge is solid, a warning a ring, a note a dashed ring; numbers readable on each', () => {
  const svg = renderSvg(denied, dark);
  const { color, fill, text } = dark.finding;
  assert.match(svg, new RegExp(`data-severity="error"><rect [^>]*fill="${color}" stroke="${color}"[^>]*/><text [^>]*fill="${fill}"`));
  assert.match(svg, new RegExp(`data-severity="warning"><rect [^>]*fill="${fill}" stroke="${color}"[^>]*/><text [^>]*fill="${text}"`));
  const note = renderSvg(ruled, dark);
  assert.match(note, /data-severity="note"><rect [^>]*stroke-dasharray="[^"]+"/);
});

test('a node a finding names loses its own accent glow, so its halo stays red', () => {
  const svg = renderSvg(ruled, dark);
  const node = (id: string) => svg.slice(svg.indexOf(`<g class="node" data-id="${id}">`)).split('<g class="node"')[1]!;
  assert.ok(!node('logging').includes('class="glow"'));
  assert.ok(node('metrics').includes('class="glow"'));
});

test('--theme auto draws findings too (both themes alike in shape)', async () => {
  const drawing = await draw(ruled, 'auto', ['svg']);
  assert.ok(drawing.svg!.includes('class="legend-finding"'));
});

test('render --findings exits 0 even with an error-level finding; check of the same model exits 1', async () => {
  const out = tempDir();
  const r = await cli(['render', DENY, '--findings', '-o', out, '--format', 'svg,scene']);
  assert.equal(r.code, 0, r.err);
  const scene = JSON.parse(readFileSync(join(out, 'deny.scene.json'), 'utf8'));
  assert.ok(scene.findings.some((f: { severity: string }) => f.severity === 'error'));
  assert.equal((await cli(['check', DENY])).code, 1);
});

test('render --findings still fails on errors in the model, and without the flag writes no findings', async () => {
  const out = tempDir();
  assert.equal((await cli(['render', cliFixture('misspelt-edge.arch.yaml'), '--findings', '-o', out])).code, 1);
  assert.equal((await cli(['render', DENY, '-o', out, '--format', 'scene'])).code, 0);
  assert.ok(!('findings' in JSON.parse(readFileSync(join(out, 'deny.scene.json'), 'utf8'))));
  assert.match((await cli(['render', '--help'])).out, /--findings/);
});
