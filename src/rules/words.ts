/** `"a", "b" and "c"` for messages. */
export function quoteAll(words: readonly string[]): string {
  const quoted = words.map((w) => `"${w}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `1 service`, `2 services`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
