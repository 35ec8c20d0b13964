import type { Diagnostic } from './types.js';

/** Diagnostics by position (file, line, col), unpositioned last; equal positions keep their order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => compare(a.d, b.d) || a.i - b.i)
    .map(({ d }) => d);
}

function compare(a: Diagnostic, b: Diagnostic): number {
  if (!a.span || !b.span) return (a.span ? 0 : 1) - (b.span ? 0 : 1);
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  return a.span.line - b.span.line || a.span.col - b.span.col;
}
