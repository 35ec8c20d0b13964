import { measureText } from './advance.js';
import type { FontStyle } from './style.js';

/** A piece of a line; `spaced` when a space separates it from the piece before. */
interface Piece {
  text: string;
  spaced: boolean;
}

/**
 * Greedy wrap into lines no wider than maxWidth. Breaks at spaces and '\n'; a word wider
 * than maxWidth is also broken after '/' or '-'; a piece with no break stays whole.
 */
export function wrapText(text: string, style: FontStyle, maxWidth: number): string[] {
  const lines = text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, style, maxWidth));
  return lines.length ? lines : [''];
}

function wrapParagraph(paragraph: string, style: FontStyle, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(paragraph, style, maxWidth)) {
    const next = line ? line + (piece.spaced ? ' ' : '') + piece.text : piece.text;
    if (line && measureText(next, style) > maxWidth) {
      lines.push(line);
      line = piece.text;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

/** Words, with over-wide words split after '/' and '-' (the break char stays on the first line). */
function pieces(paragraph: string, style: FontStyle, maxWidth: number): Piece[] {
  return paragraph.split(/\s+/).filter(Boolean).flatMap((word) => {
    const parts = measureText(word, style) > maxWidth ? word.match(/[^/-]*[/-]+|[^/-]+$/g) ?? [word] : [word];
    return parts.map((text, i) => ({ text, spaced: i === 0 }));
  });
}
