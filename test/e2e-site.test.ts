// The static site in a real browser from file://: it works offline with zero network requests, and a model
// full of HTML and javascript: in its labels and links executes nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { cli, tempDir } from './cli-helpers.js';
import { launch, noBrowser, shot, watchErrors } from './e2e-helpers.js';
import { VIEWER_FIXTURES } from './server-helpers.js';

let browser: Browser;
let site: string;
const skip = noBrowser;

before(async () => {
  if (skip) return;
  site = tempDir();
  const [built] = await Promise.all([cli(['site', VIEWER_FIXTURES, '-o', site, '--title', 'Fixture systems', '--no-png']), launch().then((b) => (browser = b))]);
  assert.equal(built.code, 0, built.err);
});
after(() => browser?.close());

/** Opens a site file and records every request the page makes. */
async function open(file: string, hash = ''): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = watchErrors(page);
  await page.goto(pathToFileURL(join(site, file)).href + hash);
  return { page, requests, errors };
}

const offline = (urls: readonly string[]) => urls.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'));

test('the index lists every model with a thumbnail, title and description, from file:// with no network', { skip }, async () => {
  const { page, requests, errors } = await open('index.html');
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.nx-thumb img')].filter((i) => i.offsetParent).every((i) => i.complete && i.naturalWidth > 0));
  assert.deepEqual(await page.$$eval('.nx-card h2', (els) => els.map((e) => e.textContent)), ['Evil <img src=x onerror=window.__pwned=1> </script><script>window.__pwned=2</script>', 'Tiny', 'Shop Platform']);
  assert.equal(await page.textContent('.nx-index-head h1'), 'Fixture systems');
  await shot(page, 'site-index');
  await page.selectOption('#nx-theme', 'light');
  await shot(page, 'site-index-light');
  await page.click('.nx-card[href="shop.html"]');
  await page.waitForSelector('#app[data-ready] svg g.node');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light', 'the chosen theme carries over');
  assert.deepEqual(offline(requests), []);
  assert.deepEqual(errors, [], 'no errors, no CSP violations');
  await page.close();
});

test('a model page is fully interactive offline: details, search, deep link, themes', { skip }, async () => {
  const { page, requests, errors } = await open('shop.html', '#node=api&theme=dark-neon');
  await page.waitForSelector('.nx-details:not([hidden])');
  assert.equal(await page.textContent('.nx-details h2'), 'Orders API');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark-neon');
  assert.equal(await page.textContent('.nx-status'), '', 'no live status on the static site');
  await page.click('.nx-connection[data-node="db"]');
  assert.equal(await page.textContent('.nx-details h2'), 'Orders DB');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type('metrics');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('.nx-details h2'), 'Metrics');
  assert.equal(await page.isHidden('.nx-download-png'), true, 'built with --no-png: SVG downloads only');
  assert.deepEqual(await page.$$eval('.nx-model', (els) => els.map((e) => e.getAttribute('href'))), ['evil.html', 'more.tiny.html', 'shop.html']);
  await shot(page, 'site-model');
  for (const theme of ['light', 'blueprint', 'synthwave', 'high-contrast']) {
    await page.selectOption('select.nx-theme', theme);
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    assert.ok((await page.$eval('.nx-zoom svg', (s) => s.outerHTML.length)) > 1000);
    if (theme === 'light' || theme === 'blueprint') await shot(page, `site-model-${theme}`);
  }
  assert.deepEqual(offline(requests), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('labels, descriptions and links carrying HTML and javascript: execute nothing', { skip }, async () => {
  for (const file of ['evil.html', 'index.html']) {
    const { page, errors } = await open(file);
    if (file === 'evil.html') {
      await page.waitForSelector('#app[data-ready] svg g.node');
      await page.hover('g.node[data-id="x"]');
      await page.click('g.node[data-id="x"]');
      await page.hover('.nx-model[aria-current="page"]');
      await page.keyboard.press('/');
      await page.keyboard.type('img');
      await shot(page, 'site-evil');
      assert.equal(await page.textContent('.nx-details h2'), '<img src=x onerror=window.__pwned=5>');
      const links = await page.$$eval('.nx-links li > *', (els) => els.map((e) => `${e.tagName} ${e.getAttribute('href')}`));
      assert.deepEqual(links, ['SPAN null', 'SPAN null', 'SPAN null', 'SPAN null', 'SPAN null', 'A https://example.com/ok']);
    }
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, `${file}: injected code ran`);
    const hrefs = await page.$$eval('[href], [src]', (els) => els.flatMap((e) => [e.getAttribute('href'), e.getAttribute('src')]).filter((v): v is string => v !== null));
    assert.deepEqual(hrefs.filter((h) => /^\s*(javascript|vbscript|data:text)/i.test(h)), [], `${file}: no script URL in the DOM`);
    assert.equal(await page.$$eval('img[src="x"], [onerror], [onload], [onmouseover]', (els) => els.length), 0);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
