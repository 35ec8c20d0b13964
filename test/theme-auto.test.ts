// `--theme auto`: one SVG, dark-neon by default, light under `prefers-color-scheme: light`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { exampleFile } from '../src/cli/examples.js';
import { compile, draw } from '../src/pipeline.js';
import { renderAutoSvg } from '../src/render/auto.js';
import { renderSvg } from '../src/render/svg.js';
import { getTheme } from '../src/theme/index.js';
import { cli, tempDir } from './cli-helpers.js';

const { value } = await compile(readFileSync(exampleFile('liberation-system'), 'utf8'), 'examples/liberation-system.arch.yaml');
const scene = value!.scene;
const dark = getTheme('dark-neon')!;
const light = getTheme('light')!;
const auto = renderAutoSvg(scene, dark, light);

/** The light rules of the auto SVG, by class name. */
function lightRules(svg: string): Map<string, Map<string, string>> {
  const media = /@media \(prefers-color-scheme: light\)\{(.*?)\}<\/style>/.exec(svg)![1]!;
  return new Map([...media.matchAll(/\.([\w-]+)\{([^}]*)\}/g)].map((m) => [m[1]!, new Map(m[2]!.split(';').map((d) => d.split(':') as [string, string]))]));
}

/** The auto SVG as a browser without the media query draws it: dark. */
const asDark = (svg: string): string => svg.replace(/<style>@media[^]*?<\/style>/, '').replace(/ class="nx-light-\d+"/g, '').replace(/ (nx-light-\d+)"/g, '"');

/** The auto SVG with each element's light rule applied to its attributes. */
function asLight(svg: string): string {
  const rules = lightRules(svg);
  return asDark(svg.replace(/<[^>]*\bnx-light-\d+[^>]*>/g, (tag) => {
    const name = /nx-light-\d+/.exec(tag)![0];
    let out = tag;
    for (const [prop, v] of rules.get(name)!) out = out.replace(new RegExp(` ${prop}="[^"]*"`), ` ${prop}="${v.replace(/px$/, '')}"`);
    return out;
  }));
}

test('without a light preference the auto SVG is exactly the dark-neon SVG', () => {
  assert.equal(asDark(auto), renderSvg(scene, dark));
});

test('under prefers-color-scheme: light every colour is the light theme\'s', () => {
  const glowless = (svg: string) => svg.replace(/<g class="glow"[^]*?<\/g>/g, '');
  // Light has no glow: in auto the halo stays in place, switched off (stroke-opacity 0).
  assert.equal(glowless(asLight(auto)), glowless(renderSvg(scene, light)));
  assert.match(asLight(auto), /<g class="glow" fill="none" stroke="#[0-9a-f]{6}" stroke-opacity="0">/);
});

test('the auto SVG is valid, deterministic, and switches only colours, widths and opacities', () => {
  assert.equal(XMLValidator.validate(auto), true);
  assert.equal(renderAutoSvg(scene, dark, light), auto);
  const props = new Set([...lightRules(auto).values()].flatMap((r) => [...r.keys()]));
  for (const p of props) assert.ok(['fill', 'stroke', 'color', 'stroke-width', 'stroke-opacity'].includes(p), p);
  assert.ok(lightRules(auto).size > 10);
});

test('draw(auto): the SVG follows the reader, the PNG is the dark-neon one', async () => {
  const a = await draw(scene, 'auto', ['svg', 'png'], 0.5);
  const d = await draw(scene, 'dark-neon', ['png'], 0.5);
  assert.equal(a.svg, auto);
  assert.ok(a.png!.equals(d.png!));
});

test('`neonarch render --theme auto` is accepted; an unknown theme is refused with the list', async () => {
  const out = tempDir();
  const ok = await cli(['render', '--system', 'docker-debian', '--theme', 'auto', '-f', 'svg', '-o', out]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(readFileSync(`${out}/docker-debian.svg`, 'utf8'), /prefers-color-scheme: light/);
  const bad = await cli(['render', '--system', 'docker-debian', '--theme', 'autoo', '-o', out]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown theme "autoo" \(did you mean "auto"\?\); themes: dark-neon, light, high-contrast, blueprint, synthwave, auto/);
});
