export type { Span, Severity, Diagnostic, Result } from './types.js';
export { closest, didYouMean, editDistance } from './suggest.js';
export { error, warning, hasErrors } from './make.js';
export { sortDiagnostics } from './sort.js';
export { formatDiagnostic, diagnosticsToJson, type DiagnosticJson } from './format.js';
