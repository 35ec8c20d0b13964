// Reading a file the model names (an icon, a theme): only inside the model's own folder, symlinks
// resolved first, with a size limit. Problems are diagnostics at the place the model names the file.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Result, Span } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';

/** A file as the model names it: the path relative to the model's folder, and where it is written. */
export interface FileRef {
  path: string;
  span: Span;
}

/** Where the model is: its file as given (relative to `cwd`, or absolute) and the working folder. */
export interface ModelPlace {
  file: string;
  cwd: string;
}

/** The bytes of a file next to the model; `what` names it in messages (`icon`, `theme file`). */
export function readModelFile(place: ModelPlace, ref: FileRef, what: string, limit: number): Result<Buffer> {
  const fail = (code: string, message: string, hint?: string): Result<Buffer> => ({ value: null, diagnostics: [error(code, message, ref.span, hint)] });
  const folder = resolve(place.cwd, dirname(place.file));
  const real = realPaths(folder, resolve(folder, ref.path));
  if (!real) return fail('missing-file', `${what} "${ref.path}" not found`, `the path is relative to the model file's folder (${folder})`);
  const inside = relative(real.folder, real.target);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return fail('outside-model-folder', `${what} "${ref.path}" leads outside the model's folder (through a symbolic link)`, 'copy the file into the model\'s folder instead of linking to it');
  }
  const stat = statSync(real.target);
  if (!stat.isFile()) return fail('bad-file-path', `${what} "${ref.path}" is not a file`);
  if (stat.size > limit) return fail('file-too-large', `${what} "${ref.path}" is ${kb(stat.size)}; the limit is ${kb(limit)}`, 'simplify or optimise it (an icon is drawn at 28 px)');
  return { value: readFileSync(real.target), diagnostics: [] };
}

function realPaths(folder: string, target: string): { folder: string; target: string } | null {
  try {
    return { folder: realpathSync(folder), target: realpathSync(target) };
  } catch {
    return null;
  }
}

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;
