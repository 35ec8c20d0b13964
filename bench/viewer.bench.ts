// The viewer with a generated 1,000-node model (20 groups × 50 nodes, ~1,450 edges): layout time, page load
// and zoom frame times in Chromium, plus live-reload latency on a small model. Writes bench/viewer-results.json.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { packageRoot } from '../src/paths.js';
import { compile, draw } from '../src/pipeline.js';
import { startServer, type RunningServer } from '../src/server/index.js';
import { bigModel } from './big-model.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TMP = join(packageRoot(), 'bench', 'tmp', 'viewer');
const ms = (x: number): number => Math.round(x * 10) / 10;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

async function layoutFigures(text: string): Promise<Record<string, number>> {
  const t0 = performance.now();
  const { value } = await compile(text, 'big.arch.yaml');
  const t1 = performance.now();
  const svg = (await draw(value!.scene, 'dark-neon', ['svg'])).svg!;
  const t2 = performance.now();
  return { nodes: value!.scene.nodes.length, edges: value!.scene.edges.length, layoutMs: ms(t1 - t0), svgMs: ms(t2 - t1), svgBytes: svg.length, width: value!.scene.width, height: value!.scene.height };
}

/** Frame times while the page zooms a little every frame; `composited` keeps the layer promoted as the viewer does. */
function zoomFrames(page: Page, composited: boolean): Promise<Record<string, number>> {
  return page.evaluate(async (promote) => {
    const app = (window as unknown as { neonarch: { diagram: { stage: { zoomBy(f: number): void; fit(): void } } } }).neonarch;
    const style = document.createElement('style');
    style.textContent = promote ? '' : '.nx-zoom.nx-moving{will-change:auto!important}';
    document.head.appendChild(style);
    app.diagram.stage.fit();
    await new Promise((r) => setTimeout(r, 300));
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      app.diagram.stage.zoomBy(i < 30 ? 1.04 : 1 / 1.04);
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    // The first frame after the gesture settles repaints the vectors sharp at the final zoom.
    const settleStart = performance.now();
    await new Promise((r) => setTimeout(r, 250));
    await new Promise(requestAnimationFrame);
    const settle = performance.now() - settleStart - 250;
    style.remove();
    times.sort((a, b) => a - b);
    return { frames: times.length, medianMs: times[30]!, p95Ms: times[57]!, maxMs: times[59]!, settleMs: settle };
  }, composited);
}

// A frame with nothing to do: the floor of what headless, software-rendered Chromium gives here.
function idleFrame(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 30; i++) {
      await new Promise(requestAnimationFrame);
      times.push(performance.now() - last);
      last = performance.now();
    }
    return times.sort((a, b) => a - b)[15]!;
  });
}

const round = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ms(v)]));

async function viewerFigures(server: RunningServer): Promise<Record<string, unknown>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const t0 = performance.now();
    await page.goto(`${server.url}?model=big`);
    await page.waitForSelector('#app[data-ready] svg g.node', { timeout: 120_000 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const pageLoadMs = performance.now() - t0;
    // Let the first full paint of the big SVG finish before timing anything else.
    await page.waitForTimeout(1500);
    const zoom = round(await zoomFrames(page, true));
    const zoomRepaintingEveryFrame = round(await zoomFrames(page, false));
    const hoverMs = await page.evaluate(async () => {
      const node = document.querySelectorAll('g.node')[500]!;
      const start = performance.now();
      node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await new Promise(requestAnimationFrame);
      return performance.now() - start;
    });
    return { pageLoadMs: ms(pageLoadMs), hoverFrameMs: ms(hoverMs), zoom, zoomRepaintingEveryFrame, idleFrameMs: ms(await idleFrame(page)) };
  } finally {
    await browser.close();
  }
}

async function liveReload(): Promise<number[]> {
  const dir = join(TMP, 'live');
  cpSync(join(packageRoot(), 'test', 'fixtures', 'viewer', 'shop.arch.yaml'), join(dir, 'shop.arch.yaml'));
  const server = (await startServer({ path: dir, port: 0 })).value!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}?model=shop`);
    await page.waitForSelector('.nx-status[data-status="live"]');
    const file = join(dir, 'shop.arch.yaml');
    const text = readFileSync(file, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      writeFileSync(file, text.replace('Orders API', `Orders API r${i}`));
      await page.waitForFunction((n) => document.querySelector('g.node[data-id="api"]')?.textContent?.includes(`r${n}`), i, { polling: 'raf' });
      times.push(ms(performance.now() - t0));
      await page.waitForTimeout(400);
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** From starting a server on the big model to its drawing being ready. */
async function firstDraw(): Promise<number> {
  const t0 = performance.now();
  const server = (await startServer({ path: join(TMP, 'big'), port: 0 })).value!;
  await server.workspace.model('big');
  const took = ms(performance.now() - t0);
  await server.close();
  return took;
}

async function main(): Promise<void> {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(join(TMP, 'big'), { recursive: true });
  mkdirSync(join(TMP, 'live'), { recursive: true });
  const text = bigModel(20, 50);
  writeFileSync(join(TMP, 'big', 'big.arch.yaml'), text);
  const layout = await layoutFigures(text);
  process.stdout.write(`layout: ${JSON.stringify(layout)}\n`);
  // A cache folder of its own: the first server start lays out afresh, the second reuses that layout.
  process.env.NEONARCH_CACHE_DIR = join(TMP, 'cache');
  const serverFirstDrawMs = await firstDraw();
  const serverCachedDrawMs = await firstDraw();
  const server = (await startServer({ path: join(TMP, 'big'), port: 0 })).value!;
  await server.workspace.model('big');
  const viewer = await viewerFigures(server);
  await server.close();
  process.stdout.write(`viewer: ${JSON.stringify(viewer)}\n`);
  const live = await liveReload();
  const results = { cpus: cpus().length, model: '20 groups × 50 nodes', layout, serverFirstDrawMs, serverCachedDrawMs, viewer, liveReloadMs: live, liveReloadMedianMs: quantile(live, 0.5) };
  writeFileSync(join(packageRoot(), 'bench', 'viewer-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`live reload (small model, write → page shows it): ${live.join(', ')} ms\nwrote bench/viewer-results.json\n`);
}

await main();
