import type { Span } from '../diagnostics/types.js';
import { spanAt } from './positions.js';
import type { SourceDocument, SourceScalar } from './types.js';

/** The source span of characters `from`..`to` (exclusive) of a scalar's value; the whole scalar when they cannot be placed (escapes). */
export function spanInScalar(doc: Pick<SourceDocument, 'file' | 'lineStarts'>, scalar: SourceScalar, from: number, to: number): Span {
  const places = placeCharacters(String(scalar.value ?? ''), scalar.raw, bodyStart(scalar));
  const first = places[from];
  const last = places[to - 1];
  if (first === undefined || last === undefined || last < first) return scalar.span;
  return spanAt(doc.file, doc.lineStarts, scalar.offset + first, scalar.offset + last + 1);
}

// Where the value's characters begin in the raw text: after the quote, or after the block header line.
function bodyStart(scalar: SourceScalar): number {
  if (scalar.style === 'single' || scalar.style === 'double') return 1;
  if (scalar.style === 'literal' || scalar.style === 'folded') return scalar.raw.indexOf('\n') + 1 || scalar.raw.length;
  return 0;
}

/**
 * Raw offset of each value character, matched in order. Whitespace is left unplaced because
 * folding turns line breaks and indentation into single spaces; ids never contain it.
 */
function placeCharacters(value: string, raw: string, from: number): (number | undefined)[] {
  const places: (number | undefined)[] = [];
  let p = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (/\s/.test(c)) {
      places.push(undefined);
      continue;
    }
    while (p < raw.length && raw[p] !== c) p++;
    if (p >= raw.length) break;
    places.push(p++);
  }
  return places;
}
