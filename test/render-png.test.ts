import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { packageRoot } from '../src/paths.js';
import type { Scene } from '../src/scene/types.js';
import { WHOLE_CANVAS, renderPng, renderPngAsync, resvgOptions } from '../src/render/png.js';
import { Raster, rasterise, resvgModule } from '../src/render/png-raster.js';
import { renderSvg } from '../src/render/svg.js';
import { getTheme } from '../src/theme/index.js';
import { parseHex } from '../src/theme/color.js';

const scene: Scene = JSON.parse(readFileSync(join(packageRoot(), 'test', 'fixtures', 'render', 'small.scene.json'), 'utf8'));
const dark = getTheme('dark-neon')!;
const darkSvg = renderSvg(scene, dark);
const darkPng = renderPng(darkSvg);

interface Image { width: number; height: number; rgba: Buffer }

/** Decodes the PNGs renderPng writes (RGBA, 8 bit, filter 0 on every row). */
function decode(png: Buffer): Image {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat: Buffer[] = [];
  let width = 0, height = 0;
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    assert.equal(raw[y * (width * 4 + 1)], 0);
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}

const pixel = (img: Image, x: number, y: number): number[] => [...img.rgba.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];
const rgb = (hex: string): number[] => { const c = parseHex(hex); return [c.r, c.g, c.b, 255]; };

/** Pixels in an SVG-unit box (at `scale`) matching a predicate. */
function count(img: Image, box: { x: number; y: number; width: number; height: number }, scale: number, hit: (p: number[]) => boolean): number {
  let n = 0;
  for (let y = Math.ceil(box.y * scale); y < (box.y + box.height) * scale; y++)
    for (let x = Math.ceil(box.x * scale); x < (box.x + box.width) * scale; x++) if (hit(pixel(img, x, y))) n++;
  return n;
}

test('a PNG at 2x by default, 1x on request', () => {
  const img = decode(darkPng);
  assert.deepEqual([img.width, img.height], [scene.width * 2, scene.height * 2]);
  const one = decode(renderPng(darkSvg, { scale: 1 }));
  assert.deepEqual([one.width, one.height], [scene.width, scene.height]);
});

test('the empty crop renderPng asks for is the whole, uncropped image', () => {
  // WHOLE_CANVAS only spares resvg-js a copy; an upgrade reading it as a real crop must fail here.
  const { Resvg } = resvgModule();
  const { crop, ...options } = resvgOptions(darkSvg);
  assert.equal(crop, WHOLE_CANVAS);
  const plain = new Resvg(darkSvg, options).render();
  const whole = new Resvg(darkSvg, { ...options, crop }).render();
  assert.deepEqual([whole.width, whole.height], [plain.width, plain.height]);
  assert.ok(whole.pixels.equals(plain.pixels));
});

/** Pixels whose colour differs between two RGBA images of one size, and the largest difference of a channel. */
function difference(a: Uint8Array, b: Uint8Array): { pixels: number; worst: number } {
  let pixels = 0, worst = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(a[i + c]! - b[i + c]!)));
    if (d) pixels++;
    worst = Math.max(worst, d);
  }
  return { pixels, worst };
}

test('renderPng draws in strips, which match one whole-canvas render but for antialiasing at their edges', () => {
  // At 4x: the small scene at 2x is a single strip.
  const options = resvgOptions(darkSvg, { scale: 4 });
  const raster = new Raster(darkSvg, options);
  assert.ok(raster.rows < raster.height, `the test scene takes more than one strip (${raster.rows} of ${raster.height} rows)`);
  assert.equal(raster.rows % 4, 0, 'a strip is whole SVG pixels at 4x');
  const whole = new (resvgModule().Resvg)(darkSvg, options).render();
  const img = decode(renderPng(darkSvg, { scale: 4 }));
  assert.deepEqual([img.width, img.height], [whole.width, whole.height]);
  // A curve crossing a strip's edge is subdivided differently: a few antialiased pixels move.
  const { pixels, worst } = difference(img.rgba, whole.pixels);
  assert.ok(pixels <= img.width * img.height * 0.0005, `${pixels} of ${img.width * img.height} pixels differ`);
  assert.ok(worst <= 80, `a channel differs by ${worst}`);
});

test('resvg loaded straight from its glibc binding draws what resvg-js\'s own loader gives', () => {
  const own = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const ours = resvgModule();
  if (process.platform === 'linux' && process.arch === 'x64') assert.notEqual(ours.Resvg, own.Resvg, 'the binding, not resvg-js\'s loader');
  const options = resvgOptions(darkSvg, { scale: 1 });
  const [a, b] = [new ours.Resvg(darkSvg, options).render(), new own.Resvg(darkSvg, options).render()];
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  assert.ok(a.pixels.equals(b.pixels));
  assert.deepEqual(new ours.Resvg(darkSvg, options).getBBox()?.width, new own.Resvg(darkSvg, options).getBBox()?.width);
});

test('an opaque canvas becomes resvg\'s background: the same bytes, and no scan for translucent pixels', () => {
  const options = resvgOptions(darkSvg);
  assert.equal(options.background, dark.background);
  const { background: _, ...without } = options;
  assert.ok(new Raster(darkSvg, options).opaque);
  assert.ok(!new Raster(darkSvg, without).opaque);
  assert.ok(rasterise(darkSvg, options).equals(rasterise(darkSvg, without)));
  const light = renderSvg(scene, getTheme('light')!);
  assert.ok(rasterise(light, resvgOptions(light)).equals(rasterise(light, { ...resvgOptions(light), background: undefined })));
  // No canvas, or one that is not an opaque colour: no background, and the scan decides.
  const bare = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4" viewBox="0 0 4 4"><rect width="2" height="2" fill="#f00"/></svg>';
  assert.equal(resvgOptions(bare).background, undefined);
  assert.equal(resvgOptions(darkSvg.replace(/(class="canvas"[^>]*fill=")#[0-9a-f]+/, '$1none')).background, undefined);
});

test('an SVG that is not whole pixels, or whose view box is not its size, is drawn whole: exactly what resvg draws', () => {
  const svgs = [
    darkSvg.replace('width="792" height="640" viewBox="0 0 792 640"', 'width="792" height="640.5" viewBox="0 0 792 640.5"'),
    darkSvg.replace('width="792" height="640" viewBox="0 0 792 640"', 'width="792" height="640" viewBox="0 0 396 320"'),
  ];
  for (const svg of svgs) {
    const options = resvgOptions(svg);
    const raster = new Raster(svg, options);
    assert.equal(raster.rows, raster.height);
    assert.ok(decode(renderPng(svg)).rgba.equals(new (resvgModule().Resvg)(svg, options).render().pixels));
  }
  // Nor at a scale that is not a whole number.
  const raster = new Raster(darkSvg, resvgOptions(darkSvg, { scale: 1.5 }));
  assert.equal(raster.rows, raster.height);
});

test('deterministic: the same SVG gives byte-identical PNG', () => {
  assert.ok(renderPng(darkSvg).equals(darkPng));
});

test('the async rasteriser gives the same bytes', async () => {
  assert.ok((await renderPngAsync(darkSvg)).equals(darkPng));
});

test('canvas, cards and text come out in the theme colours', () => {
  const img = decode(darkPng);
  assert.deepEqual(pixel(img, 3, 3), rgb(dark.background));
  const api = scene.nodes.find((n) => n.id === 'api')!;
  assert.deepEqual(pixel(img, (api.x + api.width / 2) * 2, (api.y + 6) * 2), rgb(dark.node.fill));
  const white = count(img, api.label, 2, ([r, g, b]) => r! > 230 && g! > 230 && b! > 230);
  assert.ok(white > 150, `label ink: ${white} white pixels`);
});

test('icons are bright in their accent, not black on black', () => {
  const img = decode(darkPng);
  const web = scene.nodes.find((n) => n.id === 'web')!;
  const [r, g, b] = rgb(dark.accents.green.icon);
  const ink = count(img, web.iconBox!, 2, (p) => Math.abs(p[0]! - r!) + Math.abs(p[1]! - g!) + Math.abs(p[2]! - b!) < 40);
  assert.ok(ink > 100, `icon ink: ${ink} accent pixels`);
});

test('the light theme paints a white canvas', () => {
  const light = getTheme('light')!;
  const img = decode(renderPng(renderSvg(scene, light), { scale: 1 }));
  assert.deepEqual(pixel(img, 3, 3), rgb(light.background));
});

test('transparent pixels are written with straight alpha', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#ffffff" fill-opacity="0.5"/></svg>';
  const [r, g, b, a] = pixel(decode(renderPng(svg, { scale: 1 })), 1, 1);
  assert.deepEqual([r, g, b], [255, 255, 255]);
  assert.ok(Math.abs(a! - 128) <= 1);
});

test('degenerate geometry (empty or one-point edges, zero-size boxes) rasterises', () => {
  const odd = structuredClone(scene);
  odd.edges[0]!.points = [];
  odd.edges[1]!.points = [{ x: 10, y: 10 }];
  odd.edges[2]!.points = [{ x: 10, y: 10 }, { x: 10, y: 10 }, { x: 30, y: 10 }];
  Object.assign(odd.nodes[0]!, { width: 0, height: 0 });
  assert.equal(decode(renderPng(renderSvg(odd, dark), { scale: 1 })).width, scene.width);
});

test('an icon or arrowhead outside the viewport does not crash the rasteriser', () => {
  // resvg 2.6 aborts the whole process on a clipped <symbol>/<marker> outside the view: ours are overflow=visible.
  const cropped = darkSvg.replace(/width="792" height="640" viewBox="0 0 792 640"/, 'width="200" height="100" viewBox="600 20 200 100"');
  assert.equal(decode(renderPng(cropped, { scale: 1 })).width, 200);
});
