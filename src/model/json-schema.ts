import { DEFS, MODEL, PROJECT_CONFIG } from './schema.js';
import type { Def, ObjectDef, StringDef } from './schema-types.js';

type Json = Record<string, unknown>;

/** The model format as JSON Schema (draft 2020-12), for editors and other tools. */
export function modelJsonSchema(): object {
  const defs = Object.fromEntries(Object.entries(DEFS).map(([name, def]) => [name, toSchema(def)]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://neonarch.dev/schema/model.json',
    ...toSchema(MODEL),
    $defs: defs,
  };
}

/** The project config format (`neonarch.config.yaml`) as JSON Schema (draft 2020-12). */
export function projectConfigJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://neonarch.dev/schema/config.json',
    ...toSchema(PROJECT_CONFIG),
    $defs: { selector: toSchema(DEFS.selector!) },
  };
}

function toSchema(def: Def): Json {
  const head = { title: def.title, description: def.description };
  switch (def.kind) {
    case 'string': return { ...head, type: 'string', ...stringRules(def) };
    // anyOf rather than a type list: ajv's strict mode rejects union types.
    case 'text': return { ...head, anyOf: [{ type: 'string' }, { type: 'number' }] };
    case 'integer': return { ...head, type: 'integer', ...(def.minimum === undefined ? {} : { minimum: def.minimum }) };
    case 'boolean': return { ...head, type: 'boolean' };
    case 'null': return { ...head, type: 'null' };
    case 'ref': return { $ref: `#/$defs/${def.name}`, ...head };
    case 'list': return { ...head, type: 'array', items: toSchema(def.items) };
    case 'oneOf': return { ...head, oneOf: def.options.map(toSchema) };
    case 'map': return { ...head, type: 'object', propertyNames: { pattern: def.keys.pattern }, additionalProperties: toSchema(def.values), ...(def.single ? { minProperties: 1, maxProperties: 1 } : {}) };
    case 'object': return { ...head, type: 'object', properties: mapValues(def.properties, toSchema), ...(def.required ? { required: [...def.required] } : {}), ...extraKeys(def) };
  }
}

// Keys beyond the fixed properties (rule ids under `rules:`) are allowed when they match the pattern.
function extraKeys(def: ObjectDef): Json {
  if (!def.additional) return { additionalProperties: false };
  return { propertyNames: { pattern: def.additional.keys.pattern }, additionalProperties: toSchema(def.additional.values) };
}

// When both are given, either the enum or the pattern suffices (e.g. an accent name or #rrggbb).
function stringRules(def: StringDef): Json {
  const rules: Json[] = [];
  if (def.enum) rules.push({ enum: [...def.enum] });
  if (def.pattern !== undefined) rules.push({ pattern: def.pattern });
  return rules.length === 2 ? { anyOf: rules } : rules[0] ?? {};
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
