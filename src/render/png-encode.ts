// PNG files from resvg's strips, deflated band by band. Each band (a strip's scanlines) is its own
// deflate stream ended by a full flush: byte-aligned, no dictionary carried into the next. Bands
// joined in order, behind one zlib header and before one final empty block and the Adler-32 of all
// their bytes, are one valid zlib stream, the PNG's IDAT. So any thread can deflate any band,
// in any order, and the file is the same bytes (docs/decisions/0004, "Bands").
import { constants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { crc32 } from './crc32.js';
import { straightAlpha } from './pixels.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// zlib level 2: a quarter of the time of resvg's own encoder for files ~20% larger (docs/decisions/0004).
const LEVEL = 2;
/** zlib's two header bytes at LEVEL, the same for every stream. */
const ZLIB_HEADER = Buffer.from([0x78, 0x5e]);
/** An empty final deflate block (fixed codes): what zlib writes when a stream ends right after a full flush. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
const ADLER_BASE = 65521;

/** A band of a PNG's scanlines, deflated on its own. */
export interface Band {
  /** Its deflate blocks, ending in a full flush (no zlib header, no final block, no checksum). */
  blocks: Uint8Array;
  /** Adler-32 of its scanline bytes, and how many there are. */
  adler: number;
  bytes: number;
}

/**
 * The PNG scanlines of a strip of resvg's premultiplied RGBA (filter byte 0, none, in front of each
 * row; straight alpha where a pixel is not opaque, unless the image is known to be `opaque`), as
 * pieces that are the scanlines one after the other. Made in the strip's own buffer: its rows move
 * left to make room for the filter bytes, and the `rows` bytes that no longer fit in front (row 0's
 * filter byte and first bytes) are a small piece of their own. A separate buffer for the
 * scanlines, the way it was done before, was two strips' worth of fresh memory a thread and the
 * page faults of it (docs/decisions/0004, ninth session). The strip's bytes are changed: it is the
 * caller's to give.
 */
export function stripScanlines(premultiplied: Uint8Array, width: number, opaque: boolean): Uint8Array[] {
  const rgba = opaque ? premultiplied : straightAlpha(premultiplied);
  const stride = width * 4;
  const rows = rgba.length / stride;
  if (rows > stride) return [copiedScanlines(rgba, stride, rows)];
  const head = new Uint8Array(rows);
  head.set(rgba.subarray(0, rows - 1), 1);
  rgba.copyWithin(0, rows - 1, stride);
  // Row y's scanline starts `rows` bytes before y * (stride + 1) in the strip; rows move in order, each
  // left by less than the one before, so none overwrites a row not yet moved.
  for (let y = 1; y < rows; y++) {
    const at = y * (stride + 1) - rows;
    rgba[at] = 0;
    rgba.copyWithin(at + 1, y * stride, (y + 1) * stride);
  }
  return [head, rgba];
}

/** Scanlines in a buffer of their own: for a strip with more rows than a row has bytes, too narrow to make them in place. */
function copiedScanlines(rgba: Uint8Array, stride: number, rows: number): Uint8Array {
  const raw = new Uint8Array((stride + 1) * rows);
  for (let y = 0; y < rows; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return raw;
}

/**
 * Deflates bands on the libuv pool, one at a time (so the calling thread draws the next one
 * meanwhile), through one zlib stream kept for them all: each band is written, fully flushed, and
 * finished (zlib's empty final block and Adler-32), then the stream is reset for the next. A
 * stream made afresh for each band gave the same bytes for ~1.1 ms more CPU a band (3.3 against
 * 2.2 ms for 4 MiB of scanlines): zlib's state allocated and cleared again, the stream's set-up.
 * The caller awaits one band before it gives the next.
 */
export class BandDeflater {
  private stream: Deflate | null = null;
  private out: Buffer[] = [];
  private failed: ((err: Error) => void) | null = null;

  deflate(scanlines: readonly Uint8Array[]): Promise<Band> {
    return new Promise((resolve, reject) => {
      const zlib = this.open();
      this.failed = reject;
      for (const piece of scanlines) zlib.write(piece);
      zlib.flush(constants.Z_FULL_FLUSH);
      zlib.flush(constants.Z_FINISH, () => {
        if (this.stream !== zlib) return; // failed meanwhile: rejected by the error
        const out = this.out;
        this.out = [];
        this.failed = null;
        zlib.reset();
        // Header, blocks, FINAL_BLOCK, Adler-32.
        const tail = lastBytes(out, FINAL_BLOCK.length + 4);
        const length = byteLength(out) - ZLIB_HEADER.length - tail.length;
        if (tail.length < FINAL_BLOCK.length + 4 || length < 0 || !tail.subarray(0, 2).equals(FINAL_BLOCK)) return reject(new Error(`zlib ended a band unexpectedly (…${tail.toString('hex')})`));
        resolve({ blocks: joined(out, ZLIB_HEADER.length, length), adler: tail.readUInt32BE(2), bytes: byteLength(scanlines) });
      });
    });
  }

  /** The stream, made on first use and again after one failed. */
  private open(): Deflate {
    if (this.stream) return this.stream;
    const zlib = createDeflate({ level: LEVEL });
    zlib.on('data', (data: Buffer) => this.out.push(data));
    zlib.on('error', (err: Error) => {
      this.stream = null;
      this.out = [];
      this.failed?.(err);
      this.failed = null;
    });
    return (this.stream = zlib);
  }
}

/** BandDeflater's work on the calling thread: the same blocks (zlib's output does not depend on how its input arrives). */
export function deflateBandSync(scanlines: readonly Uint8Array[]): Band {
  const all = scanlines.length === 1 ? scanlines[0]! : Buffer.concat(scanlines);
  const out = deflateSync(all, { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH });
  return { blocks: out.subarray(ZLIB_HEADER.length), adler: adler32(all), bytes: all.length };
}

/** The last `n` bytes of some pieces, fewer when they hold fewer. */
function lastBytes(pieces: readonly Uint8Array[], n: number): Buffer {
  let from = pieces.length;
  for (let bytes = 0; from > 0 && bytes < n; ) bytes += pieces[--from]!.length;
  return Buffer.concat(pieces.slice(from)).subarray(-n);
}

/**
 * `length` bytes of zlib's pieces from `skip` on, copied once into a buffer of their own, which a
 * worker can hand over without a copy (zlib's pieces share its output buffers, and a small Buffer
 * may share Node's pool).
 */
function joined(pieces: readonly Uint8Array[], skip: number, length: number): Uint8Array {
  const blocks = new Uint8Array(length);
  let at = -skip;
  for (const piece of pieces) {
    if (at >= length) break;
    const from = Math.max(0, -at);
    const part = piece.subarray(from, Math.min(piece.length, length - at));
    blocks.set(part, at + from);
    at += piece.length;
  }
  return blocks;
}

function byteLength(pieces: readonly Uint8Array[]): number {
  return pieces.reduce((n, piece) => n + piece.length, 0);
}

/** Adler-32 of some bytes (the zlib checksum; Node has zlib's CRC-32 but not this). */
export function adler32(bytes: Uint8Array): number {
  let a = 1, b = 0;
  // 1000 bytes between reductions keep both sums small integers (b < 2^29).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + 1000);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte runs one after the other, from theirs and the second one's length (zlib's adler32_combine). */
export function adler32Join(first: number, second: number, secondBytes: number): number {
  const rem = secondBytes % ADLER_BASE;
  let a = first & 0xffff;
  let b = (rem * a) % ADLER_BASE;
  a += (second & 0xffff) + ADLER_BASE - 1;
  b += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (b >= ADLER_BASE * 2) b -= ADLER_BASE * 2;
  if (b >= ADLER_BASE) b -= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/** The PNG file of a `width` × `height` RGBA image from its bands, top to bottom: one buffer, written once. */
export function pngFile(width: number, height: number, bands: readonly Band[]): Buffer {
  const idat = ZLIB_HEADER.length + bands.reduce((n, band) => n + band.blocks.length, 0) + FINAL_BLOCK.length + 4;
  const file = Buffer.allocUnsafe(SIGNATURE.length + (12 + 13) + (12 + idat) + 12);
  SIGNATURE.copy(file, 0);
  let at = chunk(file, SIGNATURE.length, 'IHDR', 13, (data) => {
    file.writeUInt32BE(width, data);
    file.writeUInt32BE(height, data + 4);
    file.set([8, 6, 0, 0, 0], data + 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
  });
  at = chunk(file, at, 'IDAT', idat, (data) => {
    ZLIB_HEADER.copy(file, data);
    let to = data + ZLIB_HEADER.length;
    let adler = 1;
    for (const band of bands) {
      file.set(band.blocks, to);
      to += band.blocks.length;
      adler = adler32Join(adler, band.adler, band.bytes);
    }
    FINAL_BLOCK.copy(file, to);
    file.writeUInt32BE(adler, to + FINAL_BLOCK.length);
  });
  chunk(file, at, 'IEND', 0, () => {});
  return file;
}

/** Writes a chunk of `length` data bytes at `at` (the data by `fill`, given where it starts) and its CRC; returns where the next begins. */
function chunk(file: Buffer, at: number, type: string, length: number, fill: (data: number) => void): number {
  file.writeUInt32BE(length, at);
  file.write(type, at + 4, 'latin1');
  fill(at + 8);
  file.writeUInt32BE(crc32(file.subarray(at + 4, at + 8 + length)), at + 8 + length);
  return at + 12 + length;
}
