import { posix } from 'node:path';
import type { Diagnostic, Span } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';

/** A file next to the model (an icon, a theme): its path relative to the model's folder, and where it was written. */
export interface AssetRef {
  path: string;
  span: Span;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const ABSOLUTE = /^([\\/]|[a-z]:)/i;
const KEEP_INSIDE = 'keep it in the model\'s folder or below it and write the path relative to the model file, e.g. ./assets/billing.svg';

/**
 * `./assets/x.svg` → `assets/x.svg`. URLs, absolute paths and paths that climb out of the model's
 * folder are refused here, before any file is touched (symlinks are checked when the file is read).
 */
export function assetPath(written: string, span: Span, what: string): { path: string | null; diagnostics: Diagnostic[] } {
  const fail = (code: string, message: string, hint: string) => ({ path: null, diagnostics: [error(code, message, span, hint)] });
  if (URL_SCHEME.test(written)) return fail('bad-file-path', `${what} "${written}" is a URL; it must be a file next to the model`, KEEP_INSIDE);
  if (ABSOLUTE.test(written)) return fail('outside-model-folder', `${what} "${written}" is an absolute path`, KEEP_INSIDE);
  const path = posix.normalize(written.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
  if (path === '..' || path.startsWith('../')) return fail('outside-model-folder', `${what} "${written}" is outside the model's folder`, KEEP_INSIDE);
  if (path === '.' || path === '' || path.endsWith('/')) return fail('bad-file-path', `${what} "${written}" names a folder, not a file`, KEEP_INSIDE);
  return { path, diagnostics: [] };
}
