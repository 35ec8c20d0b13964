import type { SourceValue } from '../parse/index.js';
import { SELECTOR_KEYS, type Selector, type Word } from './rule-types.js';
import { field, mapOf, stringScalar } from './read.js';

/** A selector map as data; null when there is none (any node). */
export function buildSelector(value: SourceValue | undefined): Selector | null {
  const map = mapOf(value);
  if (!map) return null;
  const keys = Object.fromEntries(SELECTOR_KEYS.map((k) => [k, wordsOf(field(map, k))])) as Record<(typeof SELECTOR_KEYS)[number], Word[]>;
  return { ...keys, not: buildSelector(field(map, 'not')), span: map.span };
}

// One word or a list of them, each with its position.
function wordsOf(value: SourceValue | undefined): Word[] {
  const items = value?.kind === 'list' ? value.items : value ? [value] : [];
  return items.flatMap((item) => {
    const s = stringScalar(item);
    return s ? [{ text: s.value as string, span: s.span }] : [];
  });
}
