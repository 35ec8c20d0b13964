import type { Diagnostic, Span } from './types.js';

/** An error diagnostic; the hint is left out when undefined. */
export function error(code: string, message: string, span?: Span, hint?: string): Diagnostic {
  return make('error', code, message, span, hint);
}

/** A warning diagnostic; the hint is left out when undefined. */
export function warning(code: string, message: string, span?: Span, hint?: string): Diagnostic {
  return make('warning', code, message, span, hint);
}

function make(severity: Diagnostic['severity'], code: string, message: string, span?: Span, hint?: string): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (hint !== undefined) d.hint = hint;
  if (span !== undefined) d.span = span;
  return d;
}

/** True when any diagnostic is an error (warnings alone still give a value). */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
