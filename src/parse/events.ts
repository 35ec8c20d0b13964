// The common case read fast: js-yaml's event stream (offsets into the text, no node objects, no
// generators) turned straight into a SourceValue tree. ~5× faster than the YAML library's
// documents before V8 optimises either, which is where a CLI run spends its life (decision 0012).
// It takes on only what it can give exactly as the YAML library's reading (convert.ts) gives it.
// Anything else (a syntax error, an anchor, an alias, a tag, a missing value, a repeated key, a
// key that is not a scalar, a number in hex or octal, a comment after a collection's last item,
// several documents, a lone carriage return, a tab in an indentation) gives undefined, and
// parse/index.ts reads the text with the YAML library as before. test/parse-events.test.ts holds
// the two readings equal.
import { COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { trimEnd } from './context.js';
import { positionAt, spanAt } from './positions.js';
import type { ScalarStyle, SourceEntry, SourceScalar, SourceValue } from './types.js';

/** Thrown inside the reader for anything it leaves to the YAML library. */
const UNSUPPORTED = Symbol('unsupported');

/** The document's root as the YAML library's reading would give it, or undefined for a text this reader leaves to that library. */
export function readEvents(text: string, file: string, lineStarts: number[]): { root: SourceValue | null } | undefined {
  // A carriage return alone breaks a line for js-yaml, as YAML 1.2 says, but not for the YAML
  // library; a tab in a line's indentation is an error to one and not always to the other.
  if (/\r(?!\n)|^ *\t/m.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    return undefined;
  }
  try {
    return { root: new Reader(text, file, lineStarts, events).document() };
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

// The YAML 1.2 core schema's plain scalars that are not strings, as the YAML library tests them.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Left to the YAML library: hex and octal integers, infinities and NaN. */
const CORE_OTHER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function plainValue(text: string): SourceScalar['value'] {
  if (CORE_NULL.test(text)) return null;
  if (CORE_BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (CORE_INT.test(text)) return parseInt(text, 10);
  if (CORE_FLOAT.test(text)) return parseFloat(text);
  if (CORE_OTHER.test(text)) throw UNSUPPORTED;
  return text;
}

const STYLES: Partial<Record<number, ScalarStyle>> = {
  [SCALAR_STYLE.PLAIN]: 'plain', [SCALAR_STYLE.SINGLE_QUOTED]: 'single', [SCALAR_STYLE.DOUBLE_QUOTED]: 'double',
  [SCALAR_STYLE.LITERAL_BLOCK]: 'literal', [SCALAR_STYLE.FOLDED_BLOCK]: 'folded',
};

/** What may follow a block scalar's indicator on its header line: chomping and indentation indicators, a comment. */
const HEADER_REST = /^[-+0-9]*[ \t]*(?:#.*)?$/;

class Reader {
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly lineStarts: number[],
    private readonly events: Event[],
  ) {}

  document(): SourceValue | null {
    if (this.events.length === 0) return null;
    const doc = this.take();
    if (doc.type !== EVENT_ID.DOCUMENT || doc.directives.length > 0 || doc.explicitStart || doc.explicitEnd) throw UNSUPPORTED;
    const root = this.peek().type === EVENT_ID.POP ? null : this.node();
    if (this.take().type !== EVENT_ID.POP || this.next !== this.events.length) throw UNSUPPORTED;
    return root;
  }

  private take(): Event {
    const e = this.events[this.next++];
    if (!e) throw UNSUPPORTED;
    return e;
  }

  private peek(): Event {
    const e = this.events[this.next];
    if (!e) throw UNSUPPORTED;
    return e;
  }

  /** The next node; `inFlowSeq` when it is an item of a flow sequence. */
  private node(inFlowSeq = false): SourceValue {
    const e = this.take();
    if (e.type === EVENT_ID.SCALAR) return this.scalar(e);
    if (e.type !== EVENT_ID.MAPPING && e.type !== EVENT_ID.SEQUENCE) throw UNSUPPORTED;
    if (e.anchorStart !== -1 || e.tagStart !== -1) throw UNSUPPORTED;
    const flow = e.style === COLLECTION_STYLE.FLOW;
    if (e.type === EVENT_ID.SEQUENCE) {
      if (flow && this.text[e.start] !== '[') throw UNSUPPORTED;
      const items: SourceValue[] = [];
      while (this.peek().type !== EVENT_ID.POP) items.push(this.node(flow));
      this.take();
      return { kind: 'list', items, span: this.collectionSpan(e.start, flow, items.at(-1)) };
    }
    const entries: SourceEntry[] = [];
    const names = new Set<string>();
    while (this.peek().type !== EVENT_ID.POP) {
      const key = this.node();
      // An explicit key (`? key`) is left to the YAML library.
      if (key.kind !== 'scalar' || this.text[this.skipBlankBack(key.offset)] === '?') throw UNSUPPORTED;
      const name = String(key.value ?? '');
      if (names.has(name)) throw UNSUPPORTED;
      names.add(name);
      entries.push({ name, key, value: this.node() });
    }
    this.take();
    // A `key: value` item of a flow sequence is a map of its own with no braces, from its key to its value.
    if (flow && this.text[e.start] !== '{') {
      if (!inFlowSeq || entries.length !== 1) throw UNSUPPORTED;
      return { kind: 'map', entries, span: spanAt(this.file, this.lineStarts, e.start, trimEnd(this.text, e.start, this.endOf(entries[0]!.value))) };
    }
    return { kind: 'map', entries, span: this.collectionSpan(e.start, flow, entries.at(-1)?.value) };
  }

  private scalar(e: ScalarEvent): SourceScalar {
    const style = STYLES[e.style];
    if (!style || e.valueStart < 0 || e.anchorStart !== -1 || e.tagStart !== -1) throw UNSUPPORTED;
    const quoted = style === 'single' || style === 'double', block = style === 'literal' || style === 'folded';
    // A quoted scalar starts at its quote, a block scalar at its indicator (`|` or `>`) on the line before its text.
    const from = quoted ? e.valueStart - 1 : block ? this.blockHeader(e.valueStart) : e.valueStart;
    const end = quoted ? e.valueEnd + 1 : e.valueEnd;
    if (quoted && (this.text[from] !== this.text[end - 1] || this.text[from] !== (style === 'single' ? "'" : '"'))) throw UNSUPPORTED;
    // Trimmed as convert.ts trims the library's range: JavaScript's whitespace, no-break spaces too.
    const to = trimEnd(this.text, from, end);
    const decoded = getScalarValue(this.text, e);
    return {
      kind: 'scalar', value: style === 'plain' ? plainValue(decoded) : decoded, style,
      span: spanAt(this.file, this.lineStarts, from, to), offset: from, raw: this.text.slice(from, to),
    };
  }

  /**
   * A collection's span: from its first character to its closing bracket, or for a block
   * collection to the end of its last item.
   */
  private collectionSpan(from: number, flow: boolean, last: SourceValue | undefined): ReturnType<typeof spanAt> {
    let end = last ? this.endOf(last) : from + 1;
    if (flow) {
      end = this.skipBlank(end);
      if (this.text[end] === ',') end = this.skipBlank(end + 1);
      if (this.text[end] !== (this.text[from] === '[' ? ']' : '}')) throw UNSUPPORTED;
      end++;
    } else {
      if (!last || this.commentJoins(end, positionAt(this.lineStarts, from).col - 1)) throw UNSUPPORTED;
      // Trimmed as convert.ts trims a range: a last value of no-break spaces alone is trimmed away.
      end = trimEnd(this.text, from, end);
    }
    return spanAt(this.file, this.lineStarts, from, end);
  }

  /**
   * Whether a comment after a block collection's last item (ending at `end`) is one the YAML
   * library counts into the collection, which then runs on over it in the spans of the
   * collections around: one on the item's own line, or on a later line indented deeper than the
   * collection (`indent`). Comments at or left of its indentation belong to what follows.
   */
  private commentJoins(end: number, indent: number): boolean {
    let i = end;
    // Over what trimming left on the item's line (spaces, tabs, no-break spaces).
    while (i < this.text.length && this.text[i] !== '\n' && /\s/.test(this.text[i]!)) i++;
    if (this.text[i] === '#') return true;
    for (;;) {
      while (i < this.text.length && this.text[i] !== '\n') i++;
      if (i >= this.text.length) return false;
      const lineStart = ++i;
      while (this.text[i] === ' ' || this.text[i] === '\t') i++;
      if (this.text[i] === '#') {
        if (i - lineStart > indent) return true;
      } else if (this.text[i] !== '\n' && this.text[i] !== '\r' && i < this.text.length) return false;
    }
  }

  /** The offset of a block scalar's indicator, on the header line that ends just before its text (`textStart`). */
  private blockHeader(textStart: number): number {
    let lineEnd = textStart - 1;
    if (this.text[lineEnd] !== '\n') throw UNSUPPORTED;
    if (this.text[lineEnd - 1] === '\r') lineEnd--;
    const lineStart = this.text.lastIndexOf('\n', lineEnd - 1) + 1;
    for (let i = lineStart; i < lineEnd; i++) {
      if ((this.text[i] === '|' || this.text[i] === '>') && HEADER_REST.test(this.text.slice(i + 1, lineEnd))) return i;
    }
    throw UNSUPPORTED;
  }

  /** Where a value ends in the text: its last character (a scalar's closing quote) + 1. */
  private endOf(value: SourceValue): number {
    if (value.kind === 'scalar') return value.offset + value.raw.length;
    const { endLine, endCol } = value.span;
    return this.lineStarts[endLine - 1]! + endCol - 1;
  }

  /** The offset of the last character before `at` that is not a space, tab or line break (-1 if none). */
  private skipBlankBack(at: number): number {
    let i = at - 1;
    while (i >= 0 && /[ \t\r\n]/.test(this.text[i]!)) i--;
    return i;
  }

  /** The offset of the first character at or after `at` that is not a space, tab or line break. */
  private skipBlank(at: number): number {
    let i = at;
    while (i < this.text.length && /[ \t\r\n]/.test(this.text[i]!)) i++;
    return i;
  }
}
