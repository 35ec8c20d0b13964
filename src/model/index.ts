import type { Result } from '../diagnostics/types.js';
import { parseDocument } from '../parse/index.js';
import type { Model } from './types.js';
import { buildModel } from './build.js';

export type { Model, Group, Node, Edge, Link, Direction, EdgeKind, Color } from './types.js';
export { EDGE_KINDS, DIRECTIONS } from './types.js';
export { buildModel, defaultTitle } from './build.js';
export { modelJsonSchema } from './json-schema.js';
export { ACCENTS } from './colors.js';

/** Parses and checks a model file in one call: text → Model + every diagnostic, sorted by position. */
export function loadModel(text: string, file: string): Result<Model> {
  const parsed = parseDocument(text, file);
  return parsed.value ? buildModel(parsed.value, parsed.diagnostics) : { value: null, diagnostics: parsed.diagnostics };
}
