// png-encode.ts: bands deflated on their own, on the pool or on this thread, join into one zlib
// stream; the PNG file holds exactly the scanlines given, whatever bands they came in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { adler32, adler32Join, BandDeflater, deflateBandSync, pngFile } from '../src/render/png-encode.js';
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
    const [pool, here] = [await deflater.deflate(piece), deflateBandSync(piece)];
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
  const bands = await Promise.all(pieces.map((p) => new BandDeflater().deflate(p)));
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

test('the worker touches its scanline buffers a MiB at a time, to the end, and stops once work comes', async () => {
  const { prepareScanlines } = await import('../src/render/png-strips.js');
  let steps = 0;
  await prepareScanlines(() => ++steps > 3);
  assert.equal(steps, 4, 'stopped as soon as it was told');
  await prepareScanlines(() => false); // both buffers, whole, without running past their end
});
