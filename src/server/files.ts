import { realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { ModelScope } from './discover.js';

/** Why a path was refused, or the real file to serve. */
export type FileLookup = { ok: true; path: string } | { ok: false; status: 403 | 404 };

/** The file a URL path names under the served folder: decoded, then resolved, then checked against the root (symlinks too). */
export function fileUnder(scope: ModelScope, urlPath: string): FileLookup {
  const decoded = decode(urlPath);
  if (decoded === null || decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  const abs = resolve(scope.root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (!inside(scope.root, abs)) return { ok: false, status: 403 };
  // Hidden files and folders (.git, .env) and dependencies are never served.
  if (abs.slice(scope.root.length).split(sep).some((part) => part.startsWith('.') || part === 'node_modules')) return { ok: false, status: 403 };
  const real = realFile(abs);
  if (!real) return { ok: false, status: 404 };
  if (!inside(realRoot(scope.root), real) || (scope.file && real !== realFile(scope.file))) return { ok: false, status: 403 };
  return { ok: true, path: real };
}

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.pdf': 'application/pdf', '.html': 'text/html; charset=utf-8',
};

/** Content type of a served file: images as images, anything textual as plain text (never run as a page script). */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'text/plain; charset=utf-8';
}

function decode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const inside = (root: string, path: string): boolean => path.startsWith(root.endsWith(sep) ? root : root + sep);

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function realFile(path: string): string | null {
  try {
    const real = realpathSync(path);
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}
