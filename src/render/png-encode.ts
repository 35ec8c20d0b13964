import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// zlib level 2: a quarter of the time of resvg's own encoder for files ~20% larger (docs/decisions/0004).
const LEVEL = 2;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function header(width: number, height: number): Buffer {
  const h = Buffer.alloc(13);
  h.writeUInt32BE(width, 0);
  h.writeUInt32BE(height, 4);
  h.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
  return h;
}

/** Bytes of the filtered scanlines of a width × height RGBA image: a filter byte in front of each row. */
function scanlineBytes(width: number, height: number): number {
  return (width * 4 + 1) * height;
}

/**
 * Scanlines with filter byte 0 (none) in front of each row, in a buffer from `into` when given
 * (at least scanlineBytes long; a reused one saves allocating and page-faulting ~20 MB per PNG).
 */
function scanlines(width: number, height: number, rgba: Uint8Array, into?: (bytes: number) => Buffer): Buffer {
  const stride = width * 4;
  const bytes = scanlineBytes(width, height);
  const raw = into ? into(bytes).subarray(0, bytes) : Buffer.allocUnsafe(bytes);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return raw;
}

function file(width: number, height: number, idat: Buffer): Buffer {
  return Buffer.concat([SIGNATURE, chunk('IHDR', header(width, height)), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A PNG file of straight (not premultiplied) 8-bit RGBA pixels. `into` may lend the buffer the
 * scanlines are assembled in; it is no longer used once encodePng returns.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, into?: (bytes: number) => Buffer): Buffer {
  return file(width, height, deflateSync(scanlines(width, height, rgba, into), { level: LEVEL }));
}
