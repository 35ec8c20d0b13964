// CONTRACT STUB — to be replaced by real font metrics (owner: text/ helper). Keep the signatures.
export type FontWeight = 400 | 600;

export interface FontStyle {
  size: number;
  weight: FontWeight;
}

/** Advance width of `text` in px when set in the bundled font. */
export function measureText(text: string, style: FontStyle): number {
  return text.length * style.size * (style.weight === 600 ? 0.58 : 0.55);
}

/** Distance between baselines of two lines, in px. */
export function lineHeight(style: FontStyle): number {
  return Math.ceil(style.size * 1.25);
}

/** Greedy word wrap into lines no wider than maxWidth (a single long word stays whole). */
export function wrapText(text: string, style: FontStyle, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measureText(next, style) > maxWidth) { lines.push(line); line = w; } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
