import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half a
 * file; `durable` (the default) also flushes it to disk first, so a crash cannot leave it empty.
 */
export function writeAtomic(path: string, data: string | Uint8Array, { durable = true } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempName(path);
  try {
    writeFileSync(tmp, data);
    if (durable) {
      const fd = openSync(tmp, 'r+');
      fsyncSync(fd);
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

let written = 0;

// Unique per write, so two writes of one process never share a temporary file.
function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${written++}.tmp`);
}

/** writeAtomic on the libuv pool: several files' writes and fsyncs overlap each other and the caller's work. */
export async function writeAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempName(path);
  try {
    const file = await open(tmp, 'w');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
