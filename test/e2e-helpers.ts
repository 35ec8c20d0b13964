// Shared by the browser tests of the viewer: Debian's Chromium driven by playwright-core (never a downloaded browser).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { packageRoot } from '../src/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const SHOTS = join(packageRoot(), 'test', 'tmp', 'screenshots');

/** Why the browser tests cannot run here, or false when they can. */
export const noBrowser: string | false = existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (install Debian's chromium to run the viewer's browser tests)`;

/** Launches the one browser a test file uses. */
export function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Collects page errors and console errors, to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Saves a screenshot under test/tmp/screenshots/. */
export const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** The screen point in the middle of an edge's path (to hover a thin line for real). */
export function edgeMidpoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((edgeId) => {
    const path = [...document.querySelectorAll<SVGPathElement>('.nx-hits path')].find((p) => p.dataset.id === edgeId)!;
    const at = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f };
  }, id);
}

/** Ids of the nodes with a class (e.g. nx-lit), sorted. */
export function nodesWith(page: Page, cls: string): Promise<string[]> {
  return page.$$eval(`g.node.${cls}`, (els) => els.map((e) => e.getAttribute('data-id')!).sort());
}
