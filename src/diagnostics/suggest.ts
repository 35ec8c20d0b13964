import { byCodeUnits } from '../compare.js';

/** Edit distance between two strings (insert, delete, substitute, each 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `n` candidates closest to `word`, nearest first, ties by name; only plausible ones. */
export function closest(word: string, candidates: Iterable<string>, n = 1): string[] {
  const w = word.toLowerCase();
  // Two edits turn any short word into another (`go` → `pg`), so words of up to 3 letters allow one.
  const limit = w.length <= 3 ? 1 : Math.max(2, Math.floor(w.length / 2));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(w, c.toLowerCase()) - (c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()) ? 1 : 0) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d || byCodeUnits(x.c, y.c))
    .slice(0, n)
    .map(({ c }) => c);
}

/** `did you mean "x"?` for the closest candidate, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const [best] = closest(word, candidates, 1);
  return best === undefined ? undefined : `did you mean "${best}"?`;
}
