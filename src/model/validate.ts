import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { SourceEntry, SourceMap, SourceValue } from '../parse/index.js';
import type { Def, IntegerDef, MapDef, ObjectDef, OneOfDef, StringDef } from './schema-types.js';
import { actualOf, expectedOf, fits, resolveDef } from './describe.js';
import { stringProblem } from './validate-string.js';

/** Structural problems of a value against a definition: unknown keys, wrong types, values not allowed. */
export function validate(value: SourceValue, def: Def, subject: string): Diagnostic[] {
  const target = resolveDef(def);
  if (!fits(target, value)) return [badType(value, def, subject)];
  if (target.kind === 'oneOf') return bestOption(value, target, subject);
  if (value.kind === 'map' && target.kind === 'object') return validateObject(value, target, subject);
  if (value.kind === 'map' && target.kind === 'map') return validateMap(value, target, subject);
  if (value.kind === 'list' && target.kind === 'list') return value.items.flatMap((item, i) => validate(item, target.items, itemSubject(target.noun, i, subject)));
  if (value.kind === 'scalar' && target.kind === 'string') return validateString(value.value as string, value, target, subject);
  if (value.kind === 'scalar' && target.kind === 'integer') return validateInteger(value.value as number, value, target, subject);
  return [];
}

// Of the shapes that fit, the one with the fewest problems is what the user meant.
function bestOption(value: SourceValue, def: OneOfDef, subject: string): Diagnostic[] {
  const tries = def.options.filter((o) => fits(o, value)).map((o) => validate(value, o, subject));
  return tries.reduce((best, t) => (t.length < best.length ? t : best));
}

function validateObject(map: SourceMap, def: ObjectDef, subject: string): Diagnostic[] {
  const keys = Object.keys(def.properties);
  const found = map.entries.flatMap((e) => {
    const prop = def.properties[e.name];
    if (prop && Object.hasOwn(def.properties, e.name)) return validate(e.value, prop, propertySubject(e.name, subject));
    if (def.additional) return validateExtra(e, def.additional, subject);
    const hint = unquotedComma(e) ?? didYouMean(e.name, keys) ?? `allowed keys: ${keys.join(', ')}`;
    return [error('unknown-key', `unknown key "${e.name}" in ${subject}`, e.key.span, hint)];
  });
  const missing = (def.required ?? []).filter((k) => !map.entries.some((e) => e.name === k));
  return [...found, ...missing.map((k) => error('missing-key', `${subject} needs "${k}"`, map.span, `add "${k}:"`))];
}

// `{ description: a, b }` reads `b` as a key: a key with spaces and no value is almost always that.
function unquotedComma(e: SourceEntry): string | undefined {
  const empty = e.value.kind === 'scalar' && e.value.value === null;
  return empty && /\s/.test(e.name) ? 'a comma inside { … } ends the value: quote text that contains commas, e.g. description: "a, b"' : undefined;
}

function validateMap(map: SourceMap, def: MapDef, subject: string): Diagnostic[] {
  const count = def.single && map.entries.length !== 1 ? [error(def.single.code, `${subject} should hold one pair, not ${map.entries.length}`, map.span, def.single.hint)] : [];
  return [...count, ...map.entries.flatMap((e) => {
    const problem = stringProblem(e.name, def.keys);
    const bad = problem ? [error(def.keys.code ?? 'bad-id', `"${e.name}" is not ${def.keys.allowed ?? 'allowed here'}`, e.key.span, problem.hint)] : [];
    return [...bad, ...validate(e.value, def.values, `${def.noun} "${e.name}"`)];
  })];
}

function validateString(text: string, value: SourceValue, def: StringDef, subject: string): Diagnostic[] {
  const problem = stringProblem(text, def);
  if (!problem) return [];
  return [error(def.code ?? 'bad-value', `${subject} must be ${def.allowed ?? 'an allowed value'}, not "${text}"`, value.span, problem.hint)];
}

// A key the object allows by pattern (a rule id under `rules:`); whether it names something is checked later.
function validateExtra(e: SourceEntry, extra: NonNullable<ObjectDef['additional']>, subject: string): Diagnostic[] {
  const problem = stringProblem(e.name, extra.keys);
  if (problem) return [error(extra.keys.code ?? 'unknown-key', `"${e.name}" is not ${extra.keys.allowed ?? 'allowed'} in ${subject}`, e.key.span, problem.hint)];
  return validate(e.value, extra.values, propertySubject(e.name, subject));
}

function validateInteger(n: number, value: SourceValue, def: IntegerDef, subject: string): Diagnostic[] {
  const min = def.minimum ?? -Infinity;
  if (Number.isInteger(n) && n >= min) return [];
  const allowed = def.minimum === undefined ? 'a whole number' : `a whole number of at least ${def.minimum}`;
  return [error('bad-value', `${subject} must be ${allowed}, not ${value.kind === 'scalar' ? value.raw.trim() : n}`, value.span, `for example ${Math.max(min, 1)}`)];
}

function badType(value: SourceValue, def: Def, subject: string): Diagnostic {
  const example = def.example ?? resolveDef(def).example;
  return error('bad-type', `${subject} should be ${expectedOf(def)}, not ${actualOf(value)}`, value.span, example && `for example ${example}`);
}

/** How messages name a property: `"label" of node "web"`, or just `"title"` at the top. */
export function propertySubject(key: string, parent: string): string {
  return parent === ROOT ? `"${key}"` : `"${key}" of ${parent}`;
}

function itemSubject(noun: string | undefined, index: number, parent: string): string {
  return noun ? `${noun} ${index + 1}` : `item ${index + 1} of ${parent}`;
}

/** The subject of the whole file in messages. */
export const ROOT = 'the model';
