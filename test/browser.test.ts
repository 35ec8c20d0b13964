// The SVGs render in a real browser (Debian's Chromium, driven by playwright-core): every label is real
// text set in the embedded font, as wide as layout measured it, so nothing overflows its box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { packageRoot } from '../src/paths.js';
import { compile, draw } from '../src/pipeline.js';

const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const SHOTS = join(packageRoot(), 'test', 'tmp', 'screenshots');

const skip = existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (CI installs Debian's chromium)`;

test('the example SVGs render in Chromium with text as measured', { skip }, async (t) => {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  mkdirSync(SHOTS, { recursive: true });
  for (const system of BUILT_IN_SYSTEMS) {
    const { value } = await compile(readFileSync(exampleFile(system), 'utf8'), `${system}.arch.yaml`);
    const svg = (await draw(value!.scene, 'dark-neon', ['svg'])).svg!;
    const file = join(SHOTS, `${system}.svg`);
    writeFileSync(file, svg);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`file://${file}`);
    await page.evaluate(() => document.fonts.ready);
    const drawn = await page.$$eval('g.node', (nodes) => nodes.map((g) => ({
      id: g.getAttribute('data-id'),
      texts: [...g.querySelectorAll('text')].map((e) => ({ text: e.textContent ?? '', width: (e as SVGTextElement).getBBox().width })),
    })));
    const fontOk = await page.evaluate(() => document.fonts.check('600 14px Inter'));
    await page.screenshot({ path: join(SHOTS, `${system}.png`) });
    await page.close();
    assert.deepEqual(errors, [], `${system}: errors in the browser`);
    assert.ok(fontOk, `${system}: the embedded Inter font is used`);
    for (const node of value!.scene.nodes) {
      const boxes = [node.label, ...(node.sublabel ? [node.sublabel] : [])];
      const want = boxes.flatMap((b) => b.lines.map((line) => ({ line, box: b })));
      const texts = drawn.find((d) => d.id === node.id)?.texts ?? [];
      assert.deepEqual(texts.map((t) => t.text), want.map((w) => w.line), `${system}: ${node.id} draws its label lines as text`);
      want.forEach(({ line, box }, i) => {
        const width = texts[i]!.width;
        assert.ok(width <= box.width + 1, `${system}: "${line}" is ${width}px wide in a ${box.width}px box`);
      });
    }
  }
});
