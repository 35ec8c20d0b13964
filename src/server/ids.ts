import { MODEL_FILE } from './discover.js';

/** URL- and file-name-safe ids for models, from their display paths, unique and in the given order. */
export function modelIds(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((p) => {
    const base = slug(p);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** `payments/Orders API.arch.yaml` → `payments.orders-api`. */
export function slug(path: string): string {
  const stem = path.replace(MODEL_FILE, '');
  const words = stem.split('/').map((part) => part.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, ''));
  return words.filter(Boolean).join('.') || 'model';
}
