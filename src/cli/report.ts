import type { Diagnostic } from '../diagnostics/types.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { Io } from './io.js';

/** Prints diagnostics for people, with code frames from the source text. */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], text: string | null): void {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d, text, { color: io.color })}\n`);
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');
