import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic, Span } from '../diagnostics/types.js';
import { spanAt } from './positions.js';
import type { SourceScalar, SourceValue } from './types.js';

/** What the tree conversion needs to know and where it reports. */
export interface ConvertContext {
  doc: Document;
  file: string;
  text: string;
  lineStarts: number[];
  diagnostics: Diagnostic[];
  /** Nodes left before conversion stops: aliases could otherwise expand without bound. */
  budget: { left: number };
}

/** Converts one library node; passed around so the files need not import each other. */
export type ConvertNode = (node: unknown, ctx: ConvertContext, at: number, depth: number) => SourceValue;

/** An empty scalar standing for a missing value at offset `at`. */
export function nullScalar(ctx: ConvertContext, at: number): SourceScalar {
  return { kind: 'scalar', value: null, style: 'plain', span: spanAt(ctx.file, ctx.lineStarts, at, at), offset: at, raw: '' };
}

/** The start offset of a library node, or `fallback` when it has none. */
export function start(node: unknown, fallback: number): number {
  return (node as YamlNode | null)?.range?.[0] ?? fallback;
}

/** The span of a library node's value range. */
export function rangeSpan(node: YamlNode, ctx: ConvertContext, at: number): Span {
  const [from, to] = node.range ?? [at, at];
  return spanAt(ctx.file, ctx.lineStarts, from, trimEnd(ctx.text, from, Math.min(to, lastItemEnd(node) ?? to)));
}

// A block collection's range runs on over a trailing comment; its last item's value does not.
// (A flow collection ends at its closing bracket, which its range already marks.)
function lastItemEnd(node: YamlNode): number | undefined {
  if ((node as { flow?: boolean }).flow) return undefined;
  const items = (node as { items?: unknown[] }).items;
  const last = items?.[items.length - 1] as { value?: YamlNode | null; range?: number[] } | undefined;
  return (last?.value ?? last)?.range?.[1] ?? undefined;
}

/** `to` moved back over trailing whitespace: block nodes' ranges end after their line break. */
export function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}
