import type { Span } from '../diagnostics/types.js';

/** How a scalar was written; decides how its characters map back to the source. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

/** A YAML scalar with where it was written. */
export interface SourceScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  style: ScalarStyle;
  span: Span;
  /** Offset of the scalar's first source character (the quote or block header included). */
  offset: number;
  /** The scalar as written in the source. */
  raw: string;
}

/** One `key: value` pair of a map; a missing value is a null scalar. */
export interface SourceEntry {
  /** The key as text (numbers and booleans stringified). */
  name: string;
  key: SourceScalar;
  value: SourceValue;
}

export interface SourceMap {
  kind: 'map';
  entries: SourceEntry[];
  span: Span;
}

export interface SourceList {
  kind: 'list';
  items: SourceValue[];
  span: Span;
}

export type SourceValue = SourceScalar | SourceMap | SourceList;

/** A parsed file: a plain tree with source positions; nothing outside parse/ sees the YAML library. */
export interface SourceDocument {
  file: string;
  text: string;
  /** Null when the file holds no value (empty, or only comments). */
  root: SourceValue | null;
  /** Offset of the start of each line, for offset → line/col. */
  lineStarts: number[];
}
