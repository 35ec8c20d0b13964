import { codeFrame, type Paint } from '../diagnostics/frame.js';
import type { Finding } from './types.js';

const ANSI = { red: '\x1b[31;1m', yellow: '\x1b[33;1m', blue: '\x1b[34;1m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const TONE = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.blue } as const;

/** Human text for one finding, like a diagnostic: `file:line:col: warning[rule-id]: message`, the code frame, the hint. */
export function formatFinding(f: Finding, source: string | null, opts: { color?: boolean } = {}): string {
  const tone = TONE[f.severity];
  const color = (code: string, text: string): string => (opts.color && text !== '' ? `${code}${text}${ANSI.reset}` : text);
  const paint: Paint = (text, style) => color(style === 'mark' ? tone : ANSI.dim, text);
  const where = `${f.span.file}:${f.span.line}:${f.span.col}: `;
  const head = `${color(ANSI.bold, where)}${color(tone, `${f.severity}[${f.ruleId}]`)}: ${color(ANSI.bold, f.message)}`;
  const frame = source === null ? [] : codeFrame(f.span, source, paint);
  const hint = f.hint === undefined ? [] : [`   ${color(ANSI.cyan, 'hint')}: ${f.hint}`];
  return [head, ...frame, ...hint].join('\n');
}
