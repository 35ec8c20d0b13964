const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Larger images only cost bytes: the icon box is 28 px. */
const MAX_SIDE = 4096;

/** A PNG icon as a symbol body: an `<image>` with the file as a data: URI; an error when it is not a PNG. */
export function pngIcon(bytes: Buffer): { viewBox: string; body: string } | { error: string } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return { error: 'it is not a PNG image' };
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (!width || !height || width > MAX_SIDE || height > MAX_SIDE) return { error: `its size ${width}×${height} is not between 1 and ${MAX_SIDE} px` };
  const href = `data:image/png;base64,${bytes.toString('base64')}`;
  return { viewBox: `0 0 ${width} ${height}`, body: `<image href="${href}" width="${width}" height="${height}"/>` };
}
