import { didYouMean } from '../diagnostics/suggest.js';
import type { StringDef } from './schema-types.js';

const compiled = new Map<string, RegExp>();

function matches(pattern: string, value: string): boolean {
  const re = compiled.get(pattern) ?? new RegExp(pattern, 'u');
  compiled.set(pattern, re);
  return re.test(value);
}

/** Null when the string is allowed, else the hint for fixing it (enum or pattern; either suffices). */
export function stringProblem(value: string, def: StringDef): { hint: string } | null {
  if (!def.enum && def.pattern === undefined) return null;
  if (def.enum?.includes(value) || (def.pattern !== undefined && matches(def.pattern, value))) return null;
  const near = def.enum ? didYouMean(value, def.enum) : undefined;
  return { hint: near ?? def.explain?.(value) ?? `use ${def.allowed ?? 'an allowed value'}` };
}
