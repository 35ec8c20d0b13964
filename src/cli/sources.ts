import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';

export interface Source {
  /** The path as shown to the user (relative to the working folder when inside it). */
  file: string;
  text: string;
}

/** Reads a model file; a missing or unreadable file is a diagnostic, not a crash. */
export function readSource(path: string, cwd: string): { source: Source | null; diagnostic?: Diagnostic } {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const file = rel && !rel.startsWith('..') ? rel : abs;
  try {
    return { source: { file, text: readFileSync(abs, 'utf8') } };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a model file' : String((err as Error).message);
    return { source: null, diagnostic: { severity: 'error', code: 'unreadable', message: `cannot read ${file}: ${why}`, hint: 'give the path of a *.arch.yaml model' } };
  }
}
