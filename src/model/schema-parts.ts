import { ACCENTS, HEX_PATTERN } from './colors.js';
import { ID_HINT, ID_PATTERN } from './syntax.js';
import type { Def, IntegerDef, StringDef, TextDef } from './schema-types.js';

/** Shorthands for the definitions in schema.ts, so each reads as one line. */
export const text = (title: string, description: string): TextDef => ({ kind: 'text', title, description });

export const string = (title: string, description: string): StringDef => ({ kind: 'string', title, description });

export const ref = (name: string, title: string, description: string): Def => ({ kind: 'ref', name, title, description });

/** An id: the key of a group or node, or an edge endpoint. */
export const id = (title: string, description: string): StringDef => ({
  kind: 'string', title, description, pattern: ID_PATTERN, code: 'bad-id', allowed: 'a valid id', explain: () => ID_HINT,
});

/** A theme accent slot or a `#rrggbb` colour. */
export const color: StringDef = {
  kind: 'string',
  title: 'Colour',
  description: `A theme accent (${ACCENTS.join(', ')}) or a #rrggbb colour.`,
  enum: ACCENTS,
  pattern: HEX_PATTERN,
  allowed: `an accent (${ACCENTS.join(', ')}) or #rrggbb`,
};

/** The list of string tags, or links, of a node. */
export const listOf = (items: Def, title: string, description: string): Def => ({ kind: 'list', items, title, description });

/** A whole number, at least `minimum` when given. */
export const integer = (title: string, description: string, minimum?: number): IntegerDef => ({
  kind: 'integer', title, description, ...(minimum === undefined ? {} : { minimum }),
});

/** `true` or `false`. */
export const boolean = (title: string, description: string): Def => ({ kind: 'boolean', title, description });

/** A string limited to a list of words, with did-you-mean on a near miss. */
export const oneWordOf = (words: readonly string[], title: string, description: string): StringDef => ({
  kind: 'string', title, description, enum: words, allowed: `one of ${words.join(', ')}`,
});

/** One value or a list of them (`role: service` or `role: [service, gateway]`). */
export const oneOrMany = (item: Def, title: string, description: string): Def => ({
  kind: 'oneOf', title, description, expected: 'a value or a list of values',
  options: [item, listOf(item, title, `Several: any of them matches. ${description}`)],
});
