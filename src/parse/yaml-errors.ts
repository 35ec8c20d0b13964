import type { Document, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { error, warning } from '../diagnostics/make.js';
import { spanAt } from './positions.js';

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs for indentation',
  BAD_INDENT: 'check the indentation: children are indented more than their parent, siblings alike',
  MISSING_CHAR: 'a bracket or quote is not closed',
  MULTIPLE_DOCS: 'a model is one YAML document; remove the extra `---`',
  BAD_ALIAS: 'an alias `*name` needs an anchor `&name` defined before it',
};

/** The YAML library's errors and warnings as positioned `yaml-syntax` diagnostics. */
export function yamlDiagnostics(doc: Document, file: string, lineStarts: number[]): Diagnostic[] {
  const toDiagnostic = (e: YAMLError, make: typeof error) => {
    const [from, to] = e.pos;
    return make('yaml-syntax', firstLine(e.message), spanAt(file, lineStarts, from, Math.max(to, from + 1)), HINTS[e.code]);
  };
  return [...doc.errors.map((e) => toDiagnostic(e, error)), ...doc.warnings.map((w) => toDiagnostic(w, warning))];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim() || 'invalid YAML';
}
