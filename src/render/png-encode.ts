import { createDeflate, deflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import { straightAlpha } from './pixels.js';

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

function file(width: number, height: number, idat: Buffer): Buffer {
  return Buffer.concat([SIGNATURE, chunk('IHDR', header(width, height)), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** Bytes of the scanlines of `rows` rows `width` pixels wide: a filter byte in front of each row. */
function scanlineBytes(width: number, rows: number): number {
  return (width * 4 + 1) * rows;
}

/**
 * Writes rows of resvg's premultiplied RGBA into `raw` from byte `at` as scanlines: filter byte 0
 * (none) in front of each row, straight alpha where a pixel is not opaque (unless the image is
 * known to be `opaque`, when the rows are taken as they are). Returns the bytes written.
 */
function putRows(raw: Buffer, at: number, width: number, premultiplied: Uint8Array, opaque: boolean): number {
  const rgba = opaque ? premultiplied : straightAlpha(premultiplied);
  const stride = width * 4;
  const rows = rgba.length / stride;
  for (let y = 0; y < rows; y++) {
    const row = at + y * (stride + 1);
    raw[row] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), row + 1);
  }
  return rows * (stride + 1);
}

/**
 * A PNG file assembled on the calling thread from the strips of a Raster (png-raster.ts), deflated
 * in one go by `finish`: the same bytes as PngStream.
 */
export class PngWriter {
  private readonly raw: Buffer;

  /** `opaque`: every pixel is known to be opaque (Raster.opaque). */
  constructor(readonly width: number, readonly height: number, private readonly opaque = false) {
    this.raw = Buffer.allocUnsafe(scanlineBytes(width, height));
  }

  /** The strip's rows, from row `top`. */
  add(top: number, premultiplied: Uint8Array): void {
    putRows(this.raw, scanlineBytes(this.width, top), this.width, premultiplied, this.opaque);
  }

  finish(): Buffer {
    return file(this.width, this.height, deflateSync(this.raw, { level: LEVEL }));
  }
}

/**
 * A PNG file whose scanlines stream, a strip at a time, through zlib on the libuv pool: no buffer
 * holds the whole image, and the deflating overlaps the drawing of the next strip. zlib's output
 * does not depend on how its input is cut, so the bytes are PngWriter's. Strips go in top to
 * bottom; `lend(i, bytes)` lends the i-th of two scanline buffers (at least `bytes` long), each
 * written again only once zlib has read it.
 */
export class PngStream {
  private readonly deflate = createDeflate({ level: LEVEL });
  private readonly idat: Buffer[] = [];
  private readonly done: Promise<void>;
  private readonly free = [0, 1];
  private wake: (() => void) | null = null;

  /** `opaque`: every pixel is known to be opaque (Raster.opaque). */
  constructor(readonly width: number, readonly height: number, private readonly opaque: boolean, private readonly lend: (i: number, bytes: number) => Buffer) {
    this.deflate.on('data', (data: Buffer) => this.idat.push(data));
    this.done = new Promise((resolve, reject) => this.deflate.on('end', resolve).on('error', reject));
    this.done.catch(() => {}); // reported by finish
  }

  /** The next strip's rows; resolves once it is handed to zlib. */
  async add(premultiplied: Uint8Array): Promise<void> {
    while (!this.free.length) await new Promise<void>((wake) => (this.wake = wake));
    const i = this.free.pop()!;
    const raw = this.lend(i, scanlineBytes(this.width, premultiplied.length / (this.width * 4)));
    const bytes = putRows(raw, 0, this.width, premultiplied, this.opaque);
    this.deflate.write(raw.subarray(0, bytes), () => {
      this.free.push(i);
      this.wake?.();
      this.wake = null;
    });
  }

  async finish(): Promise<Buffer> {
    this.deflate.end();
    await this.done;
    return file(this.width, this.height, Buffer.concat(this.idat));
  }
}
