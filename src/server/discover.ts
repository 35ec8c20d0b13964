import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { byCodeUnits } from '../compare.js';

/** The file names neonarch treats as models. */
export const MODEL_FILE = /\.arch\.(ya?ml|json)$/i;

/** Where models are looked for: a folder searched recursively, or a single model file. */
export interface ModelScope {
  /** The folder everything is served from and shown relative to. */
  root: string;
  /** The one file when PATH names a file, else null. */
  file: string | null;
}

/** The scope of PATH, or null when it is neither a folder nor a file. */
export function scopeOf(path: string): ModelScope | null {
  const abs = resolve(path);
  const kind = statKind(abs);
  if (kind === 'dir') return { root: abs, file: null };
  if (kind === 'file') return { root: dirname(abs), file: abs };
  return null;
}

/** Absolute paths of every model in scope, sorted; skips node_modules and dot-folders. */
export function findModels(scope: ModelScope): string[] {
  if (scope.file) return [scope.file];
  return walk(scope.root).sort();
}

/** Folders a watcher must watch to see every model in scope appear, change or go. */
export function modelFolders(scope: ModelScope): string[] {
  if (scope.file) return [scope.root];
  return [scope.root, ...subFolders(scope.root)];
}

/** A model's path as shown to the user: relative to the root, with forward slashes. */
export function displayPath(scope: ModelScope, abs: string): string {
  return relative(scope.root, abs).split(sep).join('/');
}

/** Whether a folder is searched: not node_modules, not hidden. */
export const searched = (name: string): boolean => name !== 'node_modules' && !name.startsWith('.');

function walk(dir: string): string[] {
  return entries(dir).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return searched(e.name) ? walk(path) : [];
    return e.isFile() && MODEL_FILE.test(basename(path)) ? [path] : [];
  });
}

function subFolders(dir: string): string[] {
  return entries(dir)
    .filter((e) => e.isDirectory() && searched(e.name))
    .flatMap((e) => [join(dir, e.name), ...subFolders(join(dir, e.name))]);
}

// A folder that vanishes or cannot be read while we look is simply empty.
function entries(dir: string): import('node:fs').Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name));
  } catch {
    return [];
  }
}

function statKind(path: string): 'dir' | 'file' | null {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}
