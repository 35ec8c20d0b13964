import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from './write-file.js';

/**
 * neonarch's cache folder, or null when caching is off (`NEONARCH_CACHE=off`).
 * `NEONARCH_CACHE_DIR`, else `$XDG_CACHE_HOME/neonarch`, else `~/.cache/neonarch`.
 */
export function cacheDir(): string | null {
  if (/^(0|off|false|no)$/i.test(process.env.NEONARCH_CACHE ?? '')) return null;
  if (process.env.NEONARCH_CACHE_DIR) return process.env.NEONARCH_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'neonarch');
}

/**
 * Writes a cache entry atomically; a cache that cannot be written is skipped, never an error. Not
 * flushed to disk: an entry a crash leaves empty or cut short fails to parse and is only a miss,
 * and the fsync cost ~10 ms a layout on the main thread.
 */
export function writeCacheFile(path: string, data: string | Uint8Array): void {
  try {
    writeAtomic(path, data, { durable: false });
  } catch {
    // an unwritable cache only means the next run lays out again
  }
}
