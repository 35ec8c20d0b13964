import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | null = null;

/**
 * A new SHA-256 hash, from `node:crypto` loaded on first use. Loading that module costs ~6 ms
 * (Node's webcrypto, keys and X.509 code come with it), which a render does not need: its layout
 * cache is keyed without a cryptographic hash (layout-cache.ts). The viewer's server and the
 * static site hash their inline scripts with it (decision 0009, eleventh session).
 */
export function sha256(): Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256');
}
