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

function isOpaque(px: Uint8Array): boolean {
  // Alpha is the high byte of each little-endian 32-bit pixel; an aligned view is much faster than bytes.
  const words = px.byteOffset % 4 === 0 ? new Uint32Array(px.buffer, px.byteOffset, px.length >> 2) : null;
  if (!words) {
    for (let i = 3; i < px.length; i += 4) if (px[i] !== 255) return false;
    return true;
  }
  for (let i = 0; i < words.length; i++) if (words[i]! < 0xff000000) return false;
  return true;
}
