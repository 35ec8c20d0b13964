// A small, strict XML reader for icon files: elements, attributes and text, nothing else.
// No DTD, no external entities, no namespaces resolution: what it cannot read safely it refuses.

/** An element of the document, with its attributes in source order. */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
}

export type XmlNode = XmlElement | { text: string };

/** The root element, what was skipped on the way (`DOCTYPE`, unknown entities), or why it is not readable. */
export type XmlRead = { root: XmlElement; skipped: string[] } | { error: string };

/** Far above any real icon, far below what would make sanitising slow. */
export const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 64;
const NAME = /[A-Za-z_][\w.:-]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Refusal extends Error {}

/** Reads an XML document; never throws, whatever the input. */
export function readXml(text: string): XmlRead {
  try {
    return new Reader(text.replace(/^\uFEFF/, '')).document();
  } catch (e) {
    if (e instanceof Refusal) return { error: e.message };
    throw e;
  }
}

class Reader {
  private i = 0;
  private count = 0;
  private readonly skipped = new Set<string>();
  private readonly stack: XmlElement[] = [];
  private root: XmlElement | null = null;

  constructor(private readonly s: string) {}

  document(): XmlRead {
    while (this.i < this.s.length) this.step();
    if (this.stack.length) throw new Refusal(`<${this.stack.at(-1)!.name}> is never closed`);
    if (!this.root) throw new Refusal('there is no root element');
    return { root: this.root, skipped: [...this.skipped] };
  }

  private step(): void {
    const s = this.s;
    if (s[this.i] !== '<') this.text(this.upTo('<', false));
    else if (s.startsWith('<!--', this.i)) this.upTo('-->', true);
    else if (s.startsWith('<![CDATA[', this.i)) this.cdata();
    else if (s.startsWith('<?', this.i)) this.upTo('?>', true);
    else if (s.startsWith('<!DOCTYPE', this.i)) this.doctype();
    else if (s.startsWith('</', this.i)) this.close();
    else this.open();
  }

  private cdata(): void {
    this.i += '<![CDATA['.length;
    this.text(this.upTo(']]>', true), true);
  }

  /** The text up to `end`, moving past it when `consume`; a missing end is the end of input (or an error). */
  private upTo(end: string, consume: boolean): string {
    const at = this.s.indexOf(end, this.i);
    if (at < 0 && consume) throw new Refusal(`"${end}" is missing`);
    const stop = at < 0 ? this.s.length : at;
    const out = this.s.slice(this.i, stop);
    this.i = consume ? stop + end.length : stop;
    return out;
  }

  // A DOCTYPE may declare entities (billion laughs, external files): it is skipped, internal subset and all.
  private doctype(): void {
    const bracket = this.s.indexOf('[', this.i);
    const close = this.s.indexOf('>', this.i);
    if (close < 0) throw new Refusal('the DOCTYPE is not closed');
    if (bracket >= 0 && bracket < close) this.i = this.s.indexOf(']', bracket) + 1 || this.s.length;
    this.upTo('>', true);
    this.skipped.add('DOCTYPE');
  }

  private text(raw: string, literal = false): void {
    const top = this.stack.at(-1);
    if (!top) {
      if (raw.trim()) throw new Refusal('there is text outside the root element');
      return;
    }
    top.children.push({ text: literal ? raw : this.decode(raw) });
  }

  private close(): void {
    this.i += 2;
    const name = this.name();
    this.space();
    if (this.s[this.i++] !== '>') throw new Refusal(`</${name} is not closed with ">"`);
    const open = this.stack.pop();
    if (open?.name !== name) throw new Refusal(`</${name}> does not close <${open?.name ?? '…'}>`);
  }

  private open(): void {
    this.i += 1;
    const element: XmlElement = { name: this.name(), attrs: [], children: [] };
    if (++this.count > MAX_ELEMENTS) throw new Refusal(`it has more than ${MAX_ELEMENTS} elements`);
    if (this.stack.length >= MAX_DEPTH) throw new Refusal(`it nests deeper than ${MAX_DEPTH} levels`);
    const selfClosing = this.attributes(element);
    const parent = this.stack.at(-1);
    if (parent) parent.children.push(element);
    else if (this.root) throw new Refusal('it has more than one root element');
    else this.root = element;
    if (!selfClosing) this.stack.push(element);
  }

  /** Reads attributes up to `>` or `/>`; true when the element closes itself. */
  private attributes(element: XmlElement): boolean {
    for (;;) {
      const spaced = this.space();
      if (this.s.startsWith('/>', this.i)) return (this.i += 2), true;
      if (this.s[this.i] === '>') return (this.i += 1), false;
      if (!spaced) throw new Refusal(`<${element.name}> has a malformed attribute`);
      const name = this.name();
      if (element.attrs.some(([n]) => n === name)) throw new Refusal(`<${element.name}> repeats the attribute ${name}`);
      element.attrs.push([name, this.value(name)]);
    }
  }

  private value(name: string): string {
    this.space();
    if (this.s[this.i++] !== '=') throw new Refusal(`the attribute ${name} has no value`);
    this.space();
    const quote = this.s[this.i++];
    if (quote !== '"' && quote !== "'") throw new Refusal(`the value of ${name} is not quoted`);
    const raw = this.upTo(quote, true);
    if (raw.includes('<')) throw new Refusal(`the value of ${name} contains "<"`);
    return this.decode(raw);
  }

  private name(): string {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.s);
    if (!m) throw new Refusal(`a tag name is expected at character ${this.i}`);
    this.i += m[0].length;
    return m[0];
  }

  private space(): boolean {
    const start = this.i;
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
    return this.i > start;
  }

  /** Character and the five predefined entity references decoded; any other entity is dropped and noted. */
  private decode(raw: string): string {
    return raw.replace(/&([^;&\s]{0,32});|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) throw new Refusal('a bare "&" is not valid XML (write &amp;)');
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const code = /^#x[0-9a-f]+$/i.test(ref) ? Number.parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN;
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      this.skipped.add(`entity &${ref};`);
      return '';
    });
  }
}
