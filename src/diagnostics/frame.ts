import type { Span } from './types.js';

/** Paints a piece of the frame; identity when colour is off. */
export type Paint = (text: string, style: 'gutter' | 'mark') => string;

/** The code frame for a span: the line before, the line itself, and a caret underline. */
export function codeFrame(span: Span, source: string, paint: Paint): string[] {
  const lines = source.split(/\r?\n/);
  const text = lines[span.line - 1];
  if (text === undefined || text.trim() === '') return [];
  const width = Math.max(5, String(span.line).length + 1);
  const row = (n: string, body: string): string => `${paint(`${n.padStart(width)} |`, 'gutter')}${body}`;
  const before = span.line > 1 ? [row(String(span.line - 1), display(lines[span.line - 2] ?? ''))] : [];
  const marks = paint('^'.repeat(caretLength(span, text)), 'mark');
  return [...before, row(String(span.line), display(text)), row('', ` ${' '.repeat(span.col - 1)}${marks}`)];
}

// Tabs would make the terminal misalign the carets, so the frame shows them as one space.
function display(line: string): string {
  return line === '' ? '' : ` ${line.replace(/\t/g, ' ')}`;
}

// A span over several lines is underlined to the end of its first line.
function caretLength(span: Span, text: string): number {
  const end = span.endLine === span.line ? span.endCol : text.length + 1;
  return Math.max(1, end - span.col);
}
