import type { Span } from '../diagnostics/types.js';

/** Offsets at which each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - lineStarts[lo]! + 1 };
}

/** The span from offset `start` to `end` (exclusive). */
export function spanAt(file: string, lineStarts: readonly number[], start: number, end: number): Span {
  const a = positionAt(lineStarts, start);
  const b = positionAt(lineStarts, Math.max(start, end));
  return { file, line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}
