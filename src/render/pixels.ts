/**
 * Straight alpha from resvg's premultiplied RGBA, in place on a copy only when some pixel
 * is not opaque (our canvases are opaque, so this is usually one fast scan).
 */
export function straightAlpha(premultiplied: Uint8Array): Uint8Array {
  if (isOpaque(premultiplied)) return premultiplied;
  const px = Uint8Array.from(premultiplied);
  for (let i = 0; i < px.length; i += 4) {
    const a = px[i + 3]!;
    if (a === 0 || a === 255) continue;
    for (let c = i; c < i + 3; c++) px[c] = Math.min(255, Math.round((px[c]! * 255) / a));
  }
  return px;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Whether every alpha byte is 255, in blocks of 4096 pixels so a translucent image stops early. */
export function isOpaque(px: Uint8Array): boolean {
  // Alpha is the high byte of each little-endian 32-bit pixel: the AND of all words keeps a high byte
  // of 0xff (-1 after >> 24) only if every pixel has it. Eight words a step, no branch inside a block:
  // twice as fast as comparing each word (4 against 8 ms for 8 megapixels).
  if (!LITTLE_ENDIAN || px.byteOffset % 4 !== 0) {
    for (let i = 3; i < px.length; i += 4) if (px[i] !== 255) return false;
    return true;
  }
  const w = new Int32Array(px.buffer, px.byteOffset, px.length >> 2);
  const unrolled = w.length & ~7;
  for (let start = 0; start < unrolled; start += 4096) {
    const end = Math.min(unrolled, start + 4096);
    let all = -1;
    for (let i = start; i < end; i += 8) all &= w[i]! & w[i + 1]! & w[i + 2]! & w[i + 3]! & w[i + 4]! & w[i + 5]! & w[i + 6]! & w[i + 7]!;
    if (all >> 24 !== -1) return false;
  }
  let all = -1;
  for (let i = unrolled; i < w.length; i++) all &= w[i]!;
  return all >> 24 === -1;
}
