import type { Document } from 'yaml';
import type { Diagnostic, Result } from '../diagnostics/types.js';
import { error, hasErrors } from '../diagnostics/make.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { convert } from './convert.js';
import { readEvents } from './events.js';
import { yamlLibrary } from './library.js';
import { lineStartsOf, spanAt } from './positions.js';
import { yamlDiagnostics } from './yaml-errors.js';
import { MAX_NESTING, nestingEstimate } from './depth.js';
import type { SourceDocument } from './types.js';

export type { ScalarStyle, SourceDocument, SourceEntry, SourceList, SourceMap, SourceScalar, SourceValue } from './types.js';
export { positionAt, spanAt } from './positions.js';
export { spanInScalar } from './scalar-span.js';

// Far above any real model (a few thousand nodes), far below what an alias bomb expands to.
const NODE_BUDGET = 50_000;

/**
 * Parses YAML (or JSON) text into a SourceDocument. The value is null only when the text is not
 * usable YAML; recoverable problems (a repeated key, dropped) come with a value.
 */
export function parseDocument(text: string, file: string): Result<SourceDocument> {
  const lineStarts = lineStartsOf(text);
  const deep = tooDeepText(text, file, lineStarts);
  if (deep) return deep;
  // The common case through js-yaml's events (~5× faster on a cold start), the rest as before.
  const fast = readEvents(text, file, lineStarts);
  if (fast) return { value: { file, text, root: fast.root, lineStarts }, diagnostics: [] };
  return readWithLibrary(text, file, lineStarts);
}

/** parseDocument through the YAML library alone: the reference reading, which the fast one must equal wherever it answers. */
export function parseWithLibrary(text: string, file: string, lineStarts = lineStartsOf(text)): Result<SourceDocument> {
  return tooDeepText(text, file, lineStarts) ?? readWithLibrary(text, file, lineStarts);
}

/** The error for a text nested deeper than either reader may recurse, or null. */
function tooDeepText(text: string, file: string, lineStarts: number[]): Result<SourceDocument> | null {
  const nesting = nestingEstimate(text);
  return nesting.depth > MAX_NESTING ? { value: null, diagnostics: [tooDeep(file, lineStarts, nesting.offset)] } : null;
}

function readWithLibrary(text: string, file: string, lineStarts: number[]): Result<SourceDocument> {
  const read = readYaml(text, file, lineStarts);
  if (!read.value) return { value: null, diagnostics: read.diagnostics };
  const diagnostics = [...read.diagnostics];
  const ctx = { doc: read.value, file, text, lineStarts, diagnostics, budget: { left: NODE_BUDGET } };
  const root = guarded(() => (ctx.doc.contents === null ? null : convert(ctx.doc.contents, ctx, 0)));
  const tooBig = root === undefined ? [tooDeep(file, lineStarts, 0)] : diagnostics.filter((d) => d.code === 'yaml-too-big');
  if (tooBig.length > 0) return { value: null, diagnostics: tooBig };
  return { value: { file, text, root: root ?? null, lineStarts }, diagnostics: sortDiagnostics(diagnostics) };
}

/** The YAML library's document, or null with the syntax errors (the text's nesting already checked). */
function readYaml(text: string, file: string, lineStarts: number[]): Result<Document> {
  const doc = guarded(() => yamlLibrary().parseDocument(text, { prettyErrors: false, uniqueKeys: false }));
  if (!doc) return { value: null, diagnostics: [tooDeep(file, lineStarts, 0)] };
  const syntax = sortDiagnostics(yamlDiagnostics(doc, file, lineStarts));
  return { value: hasErrors(syntax) ? null : doc, diagnostics: syntax };
}

// The depth check keeps recursion shallow; this is the last line of defence should it not.
function guarded<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

function tooDeep(file: string, lineStarts: number[], offset: number): Diagnostic {
  const hint = `keep nesting (indentation and brackets) under ${MAX_NESTING} levels`;
  return error('yaml-too-big', 'the document is nested too deeply to read', spanAt(file, lineStarts, offset, offset + 1), hint);
}
