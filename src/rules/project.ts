import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Result } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { loadProjectConfig } from '../model/project-config.js';
import type { RulesConfig } from '../model/rule-types.js';

/** The name of a project's config file, found upward from each model. */
export const PROJECT_CONFIG_FILE = 'neonarch.config.yaml';

/** The nearest `neonarch.config.yaml` in the model's folder or any folder above it, or null. */
export function findProjectConfig(modelPath: string): string | null {
  for (let dir = dirname(resolve(modelPath)); ; dir = dirname(dir)) {
    const candidate = join(dir, PROJECT_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Reads and checks a project config; `cwd` makes the file name in diagnostics relative, as for models. */
export function readProjectConfig(path: string, cwd: string): Result<RulesConfig> & { text: string | null; file: string } {
  const rel = relative(cwd, resolve(cwd, path));
  const file = rel && !rel.startsWith('..') ? rel : resolve(cwd, path);
  try {
    const text = readFileSync(resolve(cwd, path), 'utf8');
    return { ...loadProjectConfig(text, file), text, file };
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((err as Error).message);
    return { value: null, diagnostics: [error('unreadable', `cannot read ${file}: ${why}`, undefined, `give the path of a ${PROJECT_CONFIG_FILE}`)], text: null, file };
  }
}
