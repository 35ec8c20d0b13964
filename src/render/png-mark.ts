import { crc32 } from './crc32.js';

const PNG_SIGNATURE_LENGTH = 8;
const IHDR_CHUNK_LENGTH = 4 + 4 + 13 + 4;

/** Adds a `Software` tEXt chunk right after IHDR, so tools (and neonarch itself) can see who wrote the PNG. */
export function markPng(png: Uint8Array, software: string): Buffer {
  const at = PNG_SIGNATURE_LENGTH + IHDR_CHUNK_LENGTH;
  const data = Buffer.from(`Software\0${software}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return Buffer.concat([png.subarray(0, at), chunk, png.subarray(at)]);
}
