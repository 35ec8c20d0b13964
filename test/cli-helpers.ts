import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { packageRoot } from '../src/paths.js';

export const fixture = (name: string): string => join(packageRoot(), 'test', 'fixtures', 'cli', name);
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'neonarch-test-'));

/** Runs the CLI in this process and captures what it prints. */
export async function cli(argv: string[], cwd = packageRoot()): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, color: false };
  const code = await run(argv, io);
  return { code, out, err };
}

/** Runs the real binary (dist build) as a user would. */
export function binary(argv: string[], cwd = packageRoot()): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(packageRoot(), 'bin', 'neonarch.js'), ...argv], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
