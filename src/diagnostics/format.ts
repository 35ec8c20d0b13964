import type { Diagnostic } from './types.js';
import { codeFrame, type Paint } from './frame.js';

const ANSI = { red: '\x1b[31;1m', yellow: '\x1b[33;1m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** Human text for one diagnostic: `file:line:col: error[code]: message`, a code frame when the source is given, and the hint. */
export function formatDiagnostic(d: Diagnostic, source: string | null, opts: { color?: boolean } = {}): string {
  const tone = d.severity === 'error' ? ANSI.red : ANSI.yellow;
  const color = (code: string, text: string): string => (opts.color && text !== '' ? `${code}${text}${ANSI.reset}` : text);
  const paint: Paint = (text, style) => color(style === 'mark' ? tone : ANSI.dim, text);
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}: ` : '';
  const head = `${color(ANSI.bold, where)}${color(tone, `${d.severity}[${d.code}]`)}: ${color(ANSI.bold, d.message)}`;
  const frame = d.span && source !== null ? codeFrame(d.span, source, paint) : [];
  const hint = d.hint === undefined ? [] : [`   ${color(ANSI.cyan, 'hint')}: ${d.hint}`];
  return [head, ...frame, ...hint].join('\n');
}

/** A diagnostic as plain JSON for `--format json`; absent parts are null. */
export interface DiagnosticJson {
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  hint: string | null;
  file: string | null;
  line: number | null;
  col: number | null;
  endLine: number | null;
  endCol: number | null;
}

/** Plain objects with a fixed key order, ready for JSON.stringify. */
export function diagnosticsToJson(list: readonly Diagnostic[]): DiagnosticJson[] {
  return list.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: d.message,
    hint: d.hint ?? null,
    file: d.span?.file ?? null,
    line: d.span?.line ?? null,
    col: d.span?.col ?? null,
    endLine: d.span?.endLine ?? null,
    endCol: d.span?.endCol ?? null,
  }));
}
