/** What every definition says about itself; it becomes the JSON Schema title and description. */
interface Described {
  title: string;
  description: string;
  /** How a message names the expected shape, e.g. `a label or a map of node properties`. */
  expected?: string;
  /** A correct example (in backticks), given as the hint when the shape is wrong. */
  example?: string;
}

/** A string, optionally limited to an enum and/or a pattern (either suffices when both are given). */
export interface StringDef extends Described {
  kind: 'string';
  enum?: readonly string[];
  pattern?: string;
  /** Diagnostic code when the value is not allowed; `bad-value` by default. */
  code?: string;
  /** Human wording of the allowed values, e.g. `one of down, right, up, left`. */
  allowed?: string;
  /** A hint for a value that is not allowed and has no close match. */
  explain?: (value: string) => string;
}

/** Text to show: a string, or a number written as one (`: 443`). */
export interface TextDef extends Described { kind: 'text' }

/** A whole number, optionally at least `minimum`. */
export interface IntegerDef extends Described {
  kind: 'integer';
  minimum?: number;
}

/** `true` or `false`. */
export interface BooleanDef extends Described { kind: 'boolean' }

/** An empty value (`key:` with nothing after it). */
export interface NullDef extends Described { kind: 'null' }

/** A map with fixed keys. */
export interface ObjectDef extends Described {
  kind: 'object';
  noun: string;
  properties: Readonly<Record<string, Def>>;
  required?: readonly string[];
  /** Keys beyond `properties` that are allowed when they match `keys` (e.g. rule ids), with their values. */
  additional?: { keys: StringDef; values: Def };
}

/** A map from ids (or other patterned keys) to values of one definition. */
export interface MapDef extends Described {
  kind: 'map';
  /** What a value is called in messages, e.g. `node`. */
  noun: string;
  keys: StringDef;
  values: Def;
  /** Exactly one entry is allowed; the diagnostic code and hint when not. */
  single?: { code: string; hint: string };
}

export interface ListDef extends Described {
  kind: 'list';
  items: Def;
  /** What an item is called in messages, e.g. `edge`. */
  noun?: string;
}

/** One of several shapes; the validator picks the one that fits best. */
export interface OneOfDef extends Described {
  kind: 'oneOf';
  options: readonly Def[];
}

/** A named definition in `$defs` (needed for nested groups). */
export interface RefDef extends Described {
  kind: 'ref';
  name: string;
}

export type Def = StringDef | TextDef | IntegerDef | BooleanDef | NullDef | ObjectDef | MapDef | ListDef | OneOfDef | RefDef;
