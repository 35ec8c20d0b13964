import type { XmlElement } from './xml-read.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The icon's viewBox: its own, else `0 0 width height`; an error when it has neither (it could not be scaled). */
export function iconViewBox(root: XmlElement): string | { error: string } {
  const get = (name: string) => root.attrs.find(([n]) => n === name)?.[1];
  const box = get('viewBox')?.trim().split(/[\s,]+/);
  if (box?.length === 4 && box.every((n) => NUMBER.test(n)) && Number(box[2]) > 0 && Number(box[3]) > 0) {
    return box.map((n) => String(Number(n))).join(' ');
  }
  const width = length(get('width'));
  const height = length(get('height'));
  if (width && height) return `0 0 ${width} ${height}`;
  return { error: 'it has no usable viewBox (nor a width and height in px), so it cannot be scaled to the icon box' };
}

// `24`, `24px` and `24.5` are lengths in user units; `%` and `em` depend on a context the icon does not have.
function length(value: string | undefined): number | null {
  const v = value?.trim().replace(/px$/i, '');
  return v !== undefined && NUMBER.test(v) && Number(v) > 0 ? Number(v) : null;
}
