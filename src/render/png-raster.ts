import { createRequire } from 'node:module';
import type { BBox, Resvg, ResvgRenderOptions } from '@resvg/resvg-js';
import { isHex } from '../theme/color.js';
import { deflateBandSync, pngFile, stripScanlines, type Band } from './png-encode.js';

type ResvgModule = typeof import('@resvg/resvg-js');

const load = createRequire(import.meta.url);
let resvg: Pick<ResvgModule, 'Resvg'> | null = null;

/**
 * resvg-js, loaded on first use: its native addon costs ~10 ms of start-up, which a command
 * without PNGs, or a main thread whose PNGs rasterise in a PNG worker, never pays.
 */
export function resvgModule(): Pick<ResvgModule, 'Resvg'> {
  return (resvg ??= glibcBinding() ?? (load('@resvg/resvg-js') as ResvgModule));
}

/** The native binding resvg-js would pick on x64 or arm64 Linux with glibc, by its package name. */
const GLIBC_BINDINGS: Partial<Record<string, string>> = { x64: '@resvg/resvg-js-linux-x64-gnu', arm64: '@resvg/resvg-js-linux-arm64-gnu' };

/**
 * resvg-js's `Resvg` straight from its glibc binding, where npm installed one. resvg-js's own
 * loader asks `process.report.getReport()` whether the C library is musl, which costs 6–8 ms on
 * every thread that loads it (20 ms under a busy worker's start); npm installs the `-gnu` package
 * only where `libc` is glibc, so finding it answers the same question. Elsewhere, or should the
 * binding not load, resvg-js's loader decides as before. The class is resvg-js's own wrapper:
 * the binding takes its options as JSON.
 */
function glibcBinding(): Pick<ResvgModule, 'Resvg'> | null {
  const name = process.platform === 'linux' ? GLIBC_BINDINGS[process.arch] : undefined;
  if (!name) return null;
  let binding: { Resvg: new (svg: string | Buffer, options?: string) => Resvg };
  try {
    binding = load(name);
  } catch {
    return null;
  }
  class Wrapped extends binding.Resvg {
    constructor(svg: string | Buffer, options?: ResvgRenderOptions) {
      super(svg, JSON.stringify(options));
    }
  }
  return { Resvg: Wrapped as unknown as ResvgModule['Resvg'] };
}

/**
 * RGBA a strip holds at most: 8 MiB, 544–1316 rows of the examples at 2x (13 strips for the
 * four). On the VMs we run on, the first touch of a page costs 4–14 µs, so a canvas drawn whole
 * (resvg's pixmap and the copy of its pixels, ~60 MB at 2x) costs more in page faults than in
 * drawing; strips whose memory is handed back and reused fault a fifth as often. 4 MiB until the
 * ninth session, when the scanlines moved into the strip's own buffer; 2, 6 and 12 MiB were slower
 * than 8 (docs/decisions/0004, "Strips" and "Ninth session").
 */
export const STRIP_BYTES = 8 * 1024 * 1024;

/** The canvas in device pixels and the integer scale it is drawn at, when it can be drawn in strips. */
interface StripCanvas {
  width: number;
  height: number;
  scale: number;
}

/**
 * An SVG parsed once by resvg and drawn a strip of rows at a time: each strip is the same picture
 * cropped to its rows (resvg's `cropByBBox` moves the view box), at the same scale, so the strips
 * stacked are the whole canvas. They equal one whole-canvas render but for antialiasing where a
 * curve crosses a strip's edge (resvg subdivides a clipped curve differently): ~0.01 % of the
 * pixels, by at most ~60 of 255 (test/render-png.test.ts holds it to that). SVGs that are not
 * ours, whose size is not whole pixels at a whole scale or whose view box is not their size, are
 * drawn whole, as one strip. A strip is also a band of the PNG file (png-encode.ts): bandCount
 * tells how many there will be before any parsing.
 */
export class Raster {
  /** Canvas size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Rows a strip holds (the last may hold fewer); the whole height when drawn whole. */
  readonly rows: number;
  /** Every pixel is opaque: resvg fills the canvas with an opaque background before drawing. */
  readonly opaque: boolean;
  private readonly tree: Resvg;
  private readonly scale: number;
  /** The box each strip is cropped to: resvg-js takes only a BBox of its own making, so one from getBBox, moved. */
  private readonly box: BBox | undefined;
  /** The whole canvas, drawn at once: for an SVG not drawn in strips, or one with nothing to box. */
  private whole: Buffer | null = null;

  constructor(svg: string, options: ResvgRenderOptions) {
    this.opaque = isHex(options.background ?? '');
    this.tree = new (resvgModule().Resvg)(svg, options);
    this.box = this.tree.getBBox();
    const canvas = stripCanvas(svg, options);
    if (canvas) {
      ({ width: this.width, height: this.height, scale: this.scale } = canvas);
      this.rows = stripRows(canvas);
    } else {
      const image = this.tree.render();
      [this.width, this.height, this.rows, this.scale] = [image.width, image.height, image.height, 0];
      this.whole = image.pixels;
    }
  }

  /** How many strips: the PNG's bands. */
  get strips(): number {
    return Math.ceil(this.height / this.rows);
  }

  /** Premultiplied RGBA of the strip starting at row `top` (a multiple of `rows`). */
  draw(top: number): Buffer {
    const rows = Math.min(this.rows, this.height - top);
    if (!this.box) this.whole ??= this.tree.render().pixels;
    if (this.whole) return this.whole.subarray(top * this.width * 4, (top + rows) * this.width * 4);
    const box = this.box!;
    [box.x, box.y, box.width, box.height] = [0, top / this.scale, this.width / this.scale, rows / this.scale];
    this.tree.cropByBBox(box);
    const image = this.tree.render();
    if (image.width !== this.width || image.height !== rows) throw new Error(`resvg drew a ${image.width}×${image.height} strip where ${this.width}×${rows} was asked for`);
    return image.pixels;
  }
}

/** How many strips (and PNG bands) an SVG is drawn in, from its root alone: 1 when it is drawn whole. */
export function bandCount(svg: string, options: ResvgRenderOptions): number {
  const canvas = stripCanvas(svg, options);
  return canvas ? Math.ceil(canvas.height / stripRows(canvas)) : 1;
}

/** Rows a strip of the canvas holds: as many as fit STRIP_BYTES, in whole SVG pixels. */
function stripRows(canvas: StripCanvas): number {
  const fit = Math.floor(STRIP_BYTES / (canvas.width * 4) / canvas.scale) * canvas.scale;
  return Math.min(canvas.height, Math.max(canvas.scale, fit));
}

/**
 * The canvas of an SVG that can be drawn in strips: a whole-number zoom, and a root whose width
 * and height are whole pixels and whose view box is exactly `0 0 width height`, as renderSvg writes.
 */
function stripCanvas(svg: string, options: ResvgRenderOptions): StripCanvas | null {
  const fit = options.fitTo;
  const scale = fit?.mode === 'zoom' ? fit.value : fit ? 0 : 1;
  const root = rootOf(svg);
  if (!Number.isInteger(scale) || scale < 1 || !root || root.preserveAspectRatio !== undefined) return null;
  const width = Number(root.width), height = Number(root.height);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return null;
  if (root.viewBox?.trim().split(/[\s,]+/).map(Number).join(' ') !== `0 0 ${width} ${height}`) return null;
  return { width: width * scale, height: height * scale, scale };
}

/** The sizing attributes of an SVG's root element, as written; null when there is no root. */
function rootOf(svg: string): Partial<Record<'width' | 'height' | 'viewBox' | 'preserveAspectRatio', string>> | null {
  const root = /<svg\b([^>]*)>/.exec(svg)?.[1];
  if (root === undefined) return null;
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  return { width: attr('width'), height: attr('height'), viewBox: attr('viewBox'), preserveAspectRatio: attr('preserveAspectRatio') };
}

/** Roughly how much work an SVG is to rasterise, for ordering a queue: its area in SVG units, or its length when its root gives no size. */
export function rasterWork(svg: string): number {
  const root = rootOf(svg);
  const area = Number(root?.width) * Number(root?.height);
  return Number.isFinite(area) ? area : svg.length;
}

/** Rasterises and encodes one PNG on the calling thread (renderPng): the same bytes as the PNG worker's bands. */
export function rasterise(svg: string, options: ResvgRenderOptions): Buffer {
  const raster = new Raster(svg, options);
  const bands: Band[] = [];
  for (let top = 0; top < raster.height; top += raster.rows) bands.push(deflateBandSync(stripScanlines(raster.draw(top), raster.width, raster.opaque)));
  return pngFile(raster.width, raster.height, bands);
}
