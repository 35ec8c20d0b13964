/** A position range in a source file; lines and columns are 1-based. */
export interface Span {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type Severity = 'error' | 'warning';

/** A problem found in the user's input: never an exception, always a value. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine code, e.g. `unknown-node`, `yaml-syntax`. */
  code: string;
  message: string;
  /** How to fix it, e.g. `did you mean "auth"?` */
  hint?: string;
  span?: Span;
}

/** The result of a stage that can fail on user input. */
export interface Result<T> {
  value: T | null;
  diagnostics: Diagnostic[];
}
