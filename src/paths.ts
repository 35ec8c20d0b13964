import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder of neonarch's package.json, found upward from this file (works from src/ and dist/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'neonarch') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('neonarch package root not found');
    dir = up;
  }
}

/** Absolute path of a file shipped in the package, e.g. `assetPath('fonts', 'Inter-Regular.ttf')`. */
export function assetPath(...parts: string[]): string {
  return join(packageRoot(), 'assets', ...parts);
}
