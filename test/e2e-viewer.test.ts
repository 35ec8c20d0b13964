// The live viewer in a real browser: load, hover, details, search, filters, deep links, keyboard, zoom, themes,
// downloads, and live reload with the error overlay. Screenshots go to test/tmp/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/index.js';
import { edgeMidpoint, launch, noBrowser, nodesWith, shot, watchErrors } from './e2e-helpers.js';
import { fixtureCopy } from './server-helpers.js';

let browser: Browser;
let server: RunningServer;
let models: string;
const skip = noBrowser;

before(async () => {
  if (skip) return;
  models = fixtureCopy().models;
  [browser, server] = await Promise.all([launch(), startServer({ path: models, port: 0 }).then((r) => r.value!)]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '?model=shop', options: { reducedMotion?: 'reduce' } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + path);
  await page.waitForSelector('#app[data-ready] svg g.node');
  return { page, errors };
}

test('the page loads the model with the sidebar, accessible nodes and edges, and the flow running', { skip }, async () => {
  const { page, errors } = await open();
  await shot(page, 'viewer-load');
  assert.deepEqual(await page.$$eval('.nx-model-title', (els) => els.map((e) => e.textContent)), ['Evil <img src=x onerror=window.__pwned=1> </script><script>window.__pwned=2</script>', 'Tiny', 'Shop Platform']);
  assert.equal(await page.textContent('.nx-model[aria-current="page"] .nx-model-title'), 'Shop Platform');
  assert.equal(await page.getAttribute('g.node[data-id="api"]', 'tabindex'), '0');
  assert.match((await page.getAttribute('g.node[data-id="api"]', 'aria-label'))!, /^Orders API, Go, in Backend\. 3 outgoing connections, 2 incoming connections\.$/);
  assert.equal(await page.getAttribute('g.edge[data-id="api->db"]', 'aria-label'), 'data from Orders API to Orders DB: SQL');
  assert.equal(await page.$eval('.nx-zoom svg', (s) => s.classList.contains('nx-flow-on')), true, 'flow is on in dark-neon');
  assert.equal(await page.$eval('.nx-flow path', (p) => getComputedStyle(p).animationName), 'nx-flow');
  assert.deepEqual(await page.$$eval('.nx-checks input', (els) => els.map((e) => (e as HTMLInputElement).value)), ['clients', 'backend', 'data', 'request', 'data', 'telemetry']);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('hovering a node lights its edges and neighbours; hovering an edge lights its ends', { skip }, async () => {
  const { page } = await open();
  await page.hover('g.node[data-id="auth"]');
  assert.deepEqual(await nodesWith(page, 'nx-lit'), ['api', 'auth', 'cache', 'metrics']);
  assert.equal(await page.$eval('.nx-zoom svg', (s) => s.classList.contains('nx-focus')), true);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('g.node[data-id="web"]')!).opacity === '0.16');
  await shot(page, 'viewer-hover-node');
  const mid = await edgeMidpoint(page, 'api->db');
  await page.mouse.move(mid.x, mid.y);
  assert.deepEqual(await nodesWith(page, 'nx-lit'), ['api', 'db']);
  assert.equal(await page.$eval('g.edge-label[data-id="api->db"]', (g) => g.classList.contains('nx-lit')), true, 'its label lights up');
  await page.mouse.move(5, 880);
  assert.deepEqual(await nodesWith(page, 'nx-lit'), []);
  await page.context().close();
});

test('clicking a node opens its details with safe links, tags and connections to click through', { skip }, async () => {
  const { page } = await open();
  await page.click('g.node[data-id="web"]');
  await page.waitForSelector('.nx-details:not([hidden])');
  assert.equal(await page.textContent('.nx-details h2'), 'Web Shop');
  assert.match((await page.textContent('.nx-facts'))!, /TechnologyReact/);
  assert.equal(await page.textContent('.nx-description'), 'The storefront single-page app.');
  const links = await page.$$eval('.nx-links li > *', (els) => els.map((e) => [e.tagName, e.textContent, e.getAttribute('href'), e.getAttribute('rel'), e.getAttribute('target')]));
  assert.deepEqual(links, [
    ['A', 'Runbook', 'https://example.com/web', 'noopener noreferrer', '_blank'],
    ['A', 'Team mail', 'mailto:team@example.com', 'noopener noreferrer', null],
    ['A', 'Design notes', '/docs/web.md', 'noopener noreferrer', null],
    ['SPAN', 'Not a link', null, null, null],
  ]);
  assert.deepEqual(await page.$$eval('.nx-details .nx-tag', (els) => els.map((e) => e.textContent)), ['public', 'tier-1']);
  assert.ok((await page.textContent('.nx-details'))!.includes('gateway-entry'), 'its findings');
  await shot(page, 'viewer-details');
  await page.click('.nx-connection[data-node="api"]');
  assert.equal(await page.textContent('.nx-details h2'), 'Orders API');
  assert.equal(new URL(page.url()).hash, '#node=api');
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('.nx-details'), true);
  await page.context().close();
});

test('"/" focuses search, which finds by label, id or technology and centres the match', { skip }, async () => {
  const { page } = await open();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'nx-search-input');
  await page.keyboard.type('redis');
  assert.deepEqual(await page.$$eval('.nx-results [role=option] .nx-result-label', (els) => els.map((e) => e.textContent)), ['Session Cache']);
  await shot(page, 'viewer-search');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('.nx-details h2'), 'Session Cache');
  const stage = (await page.$('.nx-stage'))!;
  const [s, n] = [await stage.boundingBox(), await (await page.$('g.node[data-id="cache"]'))!.boundingBox()];
  assert.ok(Math.abs(n!.x + n!.width / 2 - (s!.x + s!.width / 2)) < 2 && Math.abs(n!.y + n!.height / 2 - (s!.y + s!.height / 2)) < 2, 'centred');
  await page.fill('.nx-search-input', 'postgres');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('.nx-details h2'), 'Orders DB');
  await page.context().close();
});

test('filters hide groups (with their nodes and edges) and edge kinds', { skip }, async () => {
  const { page } = await open();
  await page.uncheck('.nx-checks input[value="data"] >> nth=0');
  assert.equal(await page.isHidden('g.group[data-id="data"]'), true);
  assert.equal(await page.isHidden('g.node[data-id="db"]'), true);
  assert.equal(await page.isHidden('g.edge[data-id="api->db"]'), true);
  assert.equal(await page.isVisible('g.node[data-id="api"]'), true);
  await page.uncheck('.nx-checks input[value="telemetry"]');
  assert.equal(await page.isHidden('g.edge[data-id="api->metrics"]'), true);
  assert.equal(await page.isVisible('g.edge[data-id="web->api"]'), true);
  await shot(page, 'viewer-filters');
  await page.check('.nx-checks input[value="data"] >> nth=0');
  assert.equal(await page.isVisible('g.node[data-id="db"]'), true);
  await page.context().close();
});

test('a deep link opens with the node selected; the keyboard moves between nodes, zooms and fits', { skip }, async () => {
  const { page } = await open('?model=shop#node=auth');
  await page.waitForSelector('.nx-details:not([hidden])');
  assert.equal(await page.textContent('.nx-details h2'), 'Auth Service');
  assert.deepEqual(await nodesWith(page, 'nx-selected'), ['auth']);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
  await page.focus('g.node[data-id="web"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'mobile');
  await page.focus('g.node[data-id="api"]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'auth');
  await page.keyboard.press('ArrowDown');
  // The session cache sits straight under the auth service; metrics is lower right of it.
  assert.equal(await focused(), 'cache', 'the nearest node below, favouring straight ahead');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('.nx-details h2'), 'Session Cache');
  const zoom = () => page.textContent('.nx-zoom-readout');
  const before = await zoom();
  await page.keyboard.press('+');
  assert.notEqual(await zoom(), before);
  await page.keyboard.press('0');
  assert.equal(await page.$eval('.nx-zoom', (z) => z.querySelectorAll('svg').length + z.querySelectorAll('canvas, img').length), 1, 'always the vector SVG');
  await page.context().close();
});

test('wheel zooms at the pointer, dragging pans, and theme switches keep the view', { skip }, async () => {
  const { page, errors } = await open();
  const transform = () => page.$eval('.nx-zoom', (z) => (z as HTMLElement).style.transform);
  const start = await transform();
  await page.mouse.move(800, 450);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((t) => (document.querySelector('.nx-zoom') as HTMLElement).style.transform !== t, start);
  const zoomed = await transform();
  await page.mouse.move(700, 500);
  await page.mouse.down();
  await page.mouse.move(600, 450, { steps: 5 });
  await page.mouse.up();
  const panned = await transform();
  assert.notEqual(panned, zoomed);
  assert.equal(await page.isHidden('.nx-details'), true, 'a drag is not a click');
  await page.selectOption('select.nx-theme', 'light');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: 5000 });
  assert.equal(await transform(), panned, 'the view stays');
  assert.equal(await page.$eval('.nx-zoom svg', (s) => s.classList.contains('nx-flow-on')), false, 'no flow by default in light');
  await page.keyboard.press('0');
  await shot(page, 'viewer-light');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('downloads: the SVG of the current theme, and the pre-rendered PNG', { skip }, async () => {
  const { page } = await open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.nx-download-svg')]);
  assert.equal(download.suggestedFilename(), 'shop.dark-neon.svg');
  const href = (await page.getAttribute('.nx-download-png', 'href'))!;
  const png = await page.request.get(new URL(href, server.url).href);
  assert.equal(png.headers()['content-type'], 'image/png');
  await page.context().close();
});

test('reduced motion turns the flow animation off', { skip }, async () => {
  const { page } = await open('?model=shop', { reducedMotion: 'reduce' });
  assert.equal(await page.$eval('.nx-zoom svg', (s) => s.classList.contains('nx-flow-on')), false);
  assert.equal(await page.isDisabled('.nx-flow-toggle'), true);
  await page.context().close();
});

test('saving the model updates the open page; a broken save shows the errors over the last good diagram', { skip }, async () => {
  const { page, errors } = await open();
  await page.waitForSelector('.nx-status[data-status="live"]');
  const file = join(models, 'shop.arch.yaml');
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  writeFileSync(file, text.replace('Orders API', 'Orders API v2'));
  await page.waitForFunction(() => document.querySelector('g.node[data-id="api"]')?.textContent?.includes('v2'), null, { polling: 'raf' });
  console.log(`live reload: ${(performance.now() - t0).toFixed(0)} ms from the file write to the page showing the change`);
  writeFileSync(file, text.replace('  api: { label: Orders API', '  api: { label: [Orders API'));
  await page.waitForSelector('.nx-overlay:not([hidden])');
  const where = await page.textContent('.nx-overlay .nx-where');
  assert.match(where!, /^shop\.arch\.yaml:\d+:\d+$/);
  assert.ok((await page.textContent('.nx-overlay'))!.includes('last version without errors'));
  assert.ok((await page.textContent('g.node[data-id="api"]'))!.includes('v2'), 'the last good diagram stays');
  await shot(page, 'viewer-error-overlay');
  writeFileSync(file, text);
  await page.waitForSelector('.nx-overlay', { state: 'hidden' });
  await page.waitForFunction(() => !document.querySelector('g.node[data-id="api"]')?.textContent?.includes('v2'));
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a new model file appears in the sidebar; broken from the start, it shows its errors until fixed', { skip }, async () => {
  const { page, errors } = await open();
  await page.waitForSelector('.nx-status[data-status="live"]');
  const file = join(models, 'fresh.arch.yaml');
  writeFileSync(file, 'title: Fresh\nedges:\n  - a -> b\n');
  await page.waitForSelector('.nx-model[href="/?model=fresh"]');
  await page.click('.nx-model[href="/?model=fresh"]');
  await page.waitForSelector('.nx-overlay:not([hidden])');
  assert.match((await page.textContent('.nx-overlay .nx-where'))!, /^fresh\.arch\.yaml:3:\d+$/);
  assert.ok((await page.textContent('.nx-note'))!.includes('Nothing to draw yet'));
  writeFileSync(file, 'title: Fresh\nnodes:\n  a: { label: Alpha }\n  b: { label: Beta }\nedges:\n  - a -> b\n');
  await page.waitForSelector('svg g.node[data-id="b"]');
  assert.equal(await page.isHidden('.nx-overlay'), true);
  assert.deepEqual(errors, []);
  await page.context().close();
});
