import type { SourceValue } from '../parse/index.js';
import type { Def } from './schema-types.js';
import { DEFS } from './schema.js';

/** The definition a ref names (other definitions are returned as they are). */
export function resolveDef(def: Def): Def {
  return def.kind === 'ref' ? DEFS[def.name] ?? def : def;
}

const EXPECTED: Record<Def['kind'], string> = {
  string: 'a string', text: 'text', integer: 'a whole number', boolean: 'true or false', null: 'empty', object: 'a map', map: 'a map', list: 'a list', oneOf: 'something else', ref: 'something else',
};

/** How a message names what a definition expects, e.g. `a list`. */
export function expectedOf(def: Def): string {
  const target = resolveDef(def);
  if (def.expected ?? target.expected) return (def.expected ?? target.expected)!;
  if (target.kind === 'oneOf') return target.options.map(expectedOf).join(' or ');
  return EXPECTED[target.kind];
}

/** How a message names what was found, e.g. `a number`. */
export function actualOf(value: SourceValue): string {
  if (value.kind !== 'scalar') return value.kind === 'map' ? 'a map' : 'a list';
  if (value.value === null) return 'empty';
  if (typeof value.value === 'boolean') return `a boolean (${value.value})`;
  return typeof value.value === 'number' ? 'a number' : 'a string';
}

/** True when the value has the shape of the definition (types only, not contents). */
export function fits(def: Def, value: SourceValue): boolean {
  const target = resolveDef(def);
  const v = value.kind === 'scalar' ? value.value : undefined;
  switch (target.kind) {
    case 'string': return typeof v === 'string';
    case 'text': return typeof v === 'string' || typeof v === 'number';
    case 'integer': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    case 'null': return value.kind === 'scalar' && v === null;
    case 'object': case 'map': return value.kind === 'map';
    case 'list': return value.kind === 'list';
    case 'oneOf': return target.options.some((o) => fits(o, value));
    case 'ref': return false;
  }
}
