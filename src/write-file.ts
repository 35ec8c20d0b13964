import { close, closeSync, fsync, fsyncSync, mkdir, mkdirSync, open, openSync, rename, renameSync, rm, rmSync, writeFile, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

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

// fs's callback functions, promisified: `node:fs/promises` costs ~2 ms to load as the CLI starts.
const fsAsync = {
  mkdir: promisify(mkdir), open: promisify(open), writeFile: promisify(writeFile), fsync: promisify(fsync),
  close: promisify(close), rename: promisify(rename), rm: promisify(rm),
};

/** writeAtomic on the libuv pool: several files' writes and fsyncs overlap each other and the caller's work. */
export async function writeAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  await fsAsync.mkdir(dirname(path), { recursive: true });
  const tmp = tempName(path);
  try {
    const fd = await fsAsync.open(tmp, 'w');
    try {
      await fsAsync.writeFile(fd, data);
      await fsAsync.fsync(fd);
    } finally {
      await fsAsync.close(fd);
    }
    await fsAsync.rename(tmp, path);
  } catch (err) {
    await fsAsync.rm(tmp, { force: true });
    throw err;
  }
}
