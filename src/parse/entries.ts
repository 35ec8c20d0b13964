import type { Pair } from 'yaml';
import { error } from '../diagnostics/make.js';
import { nullScalar, start, type ConvertContext, type ConvertNode } from './context.js';
import type { SourceEntry } from './types.js';

/** The pairs of a map as entries; a repeated key is reported and dropped, so later stages see the first only. */
export function toEntries(pairs: readonly Pair[], ctx: ConvertContext, depth: number, convert: ConvertNode): SourceEntry[] {
  const seen = new Map<string, SourceEntry>();
  for (const pair of pairs) {
    const entry = toEntry(pair, ctx, depth + 1, convert);
    if (!entry) continue;
    const first = seen.get(entry.name);
    if (first) ctx.diagnostics.push(duplicate(entry, first));
    else seen.set(entry.name, entry);
  }
  return [...seen.values()];
}

function toEntry(pair: Pair, ctx: ConvertContext, depth: number, convert: ConvertNode): SourceEntry | null {
  const at = start(pair.key, start(pair.value, 0));
  const key = pair.key === null || pair.key === undefined ? nullScalar(ctx, at) : convert(pair.key, ctx, at, depth);
  if (key.kind !== 'scalar') {
    ctx.diagnostics.push(error('bad-type', 'a key must be a single word, not a list or a map', key.span, 'write the key as a plain word, e.g. `label:`'));
    return null;
  }
  const valueAt = key.offset + key.raw.length;
  const value = pair.value === null || pair.value === undefined ? nullScalar(ctx, valueAt) : convert(pair.value, ctx, start(pair.value, valueAt), depth);
  return { name: String(key.value ?? ''), key, value };
}

function duplicate(entry: SourceEntry, first: SourceEntry) {
  const message = `duplicate key "${entry.name}": already defined at line ${first.key.span.line}`;
  return error('duplicate-id', message, entry.key.span, 'each key may appear only once in a map; rename or merge the two');
}
