// png-encode.ts: bands deflated on their own, on the pool or on this thread, join into one zlib
// stream; the PNG file holds exactly the scanlines given, whatever bands they came in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { adler32, adler32Join, BandDeflater, deflateBandSync, pngFile, stripScanlines } from '../src/render/png-encode.js';
import { bandCount, Raster } from '../src/render/png-raster.js';
import { resvgOptions } from '../src/render/png.js';

/** The IDAT data of a PNG file (one IDAT chunk, as pngFile writes). */
function idat(png: Buffer): Buffer {
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') return png.subarray(at + 8, at + 8 + length);
    at += 12 + length;
  }
  throw new Error('no IDAT');
}

const pieces = [Buffer.alloc(300_001, 7), randomBytes(70_000), Buffer.concat([Buffer.alloc(50_000, 1), randomBytes(999)]), Buffer.alloc(1, 0)];

test('a band deflated on the pool and on this thread: the same blocks and checksum', async () => {
  // One BandDeflater for every band, as a painter keeps it: each band as if its stream were new.
  const deflater = new BandDeflater();
  for (const piece of [...pieces, ...pieces]) {
    const [pool, here] = [await deflater.deflate([piece]), deflateBandSync([piece])];
    assert.ok(Buffer.from(pool.blocks).equals(Buffer.from(here.blocks)));
    assert.deepEqual([pool.adler, pool.bytes], [here.adler, here.bytes]);
    assert.equal(pool.blocks.byteOffset, 0, 'the blocks own their buffer (handed over without a copy)');
    assert.equal(pool.blocks.buffer.byteLength, pool.blocks.byteLength);
  }
});

test('adler32 is zlib\'s, and joins as zlib joins it', () => {
  for (const piece of pieces) assert.equal(adler32(piece), deflateSync(piece).readUInt32BE(deflateSync(piece).length - 4));
  const [a, b] = [pieces[1]!, pieces[2]!];
  assert.equal(adler32Join(adler32(a), adler32(b), b.length), adler32(Buffer.concat([a, b])));
  assert.equal(adler32(Buffer.alloc(0)), 1);
});

test('the bands of a file make one zlib stream of exactly their bytes, behind zlib\'s own header', async () => {
  // Each band through a stream of its own, all at once, as two threads' deflaters would.
  const bands = await Promise.all(pieces.map((p) => new BandDeflater().deflate([p])));
  const data = idat(pngFile(3, 7, bands));
  assert.ok(inflateSync(data).equals(Buffer.concat(pieces)));
  assert.ok(data.subarray(0, 2).equals(deflateSync(Buffer.alloc(1), { level: 2 }).subarray(0, 2)));
  const png = pngFile(3, 7, bands);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [3, 7]);
  assert.equal(png.toString('latin1', png.length - 8, png.length - 4), 'IEND');
});

test('bandCount knows, from the root alone, how many strips the raster draws', () => {
  const svg = (w: number, h: number, box = `0 0 ${w} ${h}`) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${box}"><rect class="canvas" x="0" y="0" width="${w}" height="${h}" fill="#101010"/><circle cx="20" cy="20" r="9" fill="#f0f"/></svg>`;
  for (const [w, h, scale] of [[2000, 1200, 2], [800, 600, 1], [40, 30, 2], [3000, 1000, 3]] as const) {
    const image = svg(w, h);
    const options = resvgOptions(image, { scale });
    assert.equal(bandCount(image, options), new Raster(image, options).strips, `${w}×${h} at ${scale}x`);
  }
  const whole = svg(400, 300, '0 0 200 150');
  assert.equal(bandCount(whole, resvgOptions(whole)), 1);
  assert.equal(new Raster(whole, resvgOptions(whole)).strips, 1);
});

/** PNG scanlines as the format has them: each row behind its filter byte 0. */
function plainScanlines(rgba: Uint8Array, width: number): Buffer {
  const stride = width * 4, rows = rgba.length / stride;
  return Buffer.concat(Array.from({ length: rows }, (_, y) => Buffer.concat([Buffer.of(0), rgba.subarray(y * stride, (y + 1) * stride)])));
}

test('a strip\'s scanlines, made in its own buffer, are the plain scanlines in pieces', () => {
  // Wide and short (in place, as every strip of a diagram), one row, rows as many as a row's bytes
  // (the last that fits in place) and one more (a buffer of their own).
  for (const [width, rows] of [[300, 40], [5, 1], [1, 1], [2, 8], [2, 9], [1, 40]] as const) {
    const rgba = randomBytes(width * 4 * rows);
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    const want = plainScanlines(rgba, width);
    const pieces = stripScanlines(Buffer.from(rgba), width, true);
    assert.ok(Buffer.concat(pieces).equals(want), `${width}×${rows}`);
    assert.equal(pieces.length, rows > width * 4 ? 1 : 2);
  }
  // Translucent pixels: straight alpha, from a copy.
  const translucent = Buffer.from([128, 64, 0, 128, 10, 20, 30, 255]);
  assert.ok(Buffer.concat(stripScanlines(Buffer.from(translucent), 1, false)).equals(Buffer.from([0, 255, 128, 0, 128, 0, 10, 20, 30, 255])));
});

test('scanlines in pieces deflate to the same band as in one buffer', async () => {
  const rgba = randomBytes(700 * 4 * 90);
  const whole = plainScanlines(rgba, 700);
  const pieces = stripScanlines(Buffer.from(rgba), 700, true);
  const [pool, here, one] = [await new BandDeflater().deflate(pieces), deflateBandSync(pieces), deflateBandSync([whole])];
  for (const band of [pool, here]) {
    assert.ok(Buffer.from(band.blocks).equals(Buffer.from(one.blocks)));
    assert.deepEqual([band.adler, band.bytes], [one.adler, one.bytes]);
  }
});
