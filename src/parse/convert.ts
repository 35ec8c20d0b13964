import type { Pair, Scalar } from 'yaml';
import { yamlLibrary } from './library.js';
import { error } from '../diagnostics/make.js';
import { spanAt } from './positions.js';
import { toEntries } from './entries.js';
import { nullScalar, rangeSpan, start, trimEnd, type ConvertContext } from './context.js';
import type { ScalarStyle, SourceScalar, SourceValue } from './types.js';

const MAX_DEPTH = 200;
const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain', QUOTE_SINGLE: 'single', QUOTE_DOUBLE: 'double', BLOCK_LITERAL: 'literal', BLOCK_FOLDED: 'folded',
};

/** A YAML library node as a plain SourceValue; `at` is the offset used when the node is missing. */
export function convert(node: unknown, ctx: ConvertContext, at: number, depth = 0): SourceValue {
  if (--ctx.budget.left < 0 || depth > MAX_DEPTH) return tooBig(ctx, at);
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLibrary();
  if (isAlias(node)) return convert(node.resolve(ctx.doc), ctx, at, depth + 1);
  if (isScalar(node)) return scalar(node, ctx);
  if (isMap(node)) return { kind: 'map', entries: toEntries(node.items, ctx, depth, convert), span: rangeSpan(node, ctx, at) };
  if (isPair(node)) return { kind: 'map', entries: toEntries([node as Pair], ctx, depth, convert), span: nullScalar(ctx, at).span };
  if (isSeq(node)) return { kind: 'list', items: node.items.map((n) => convert(n, ctx, start(n, at), depth + 1)), span: rangeSpan(node, ctx, at) };
  return nullScalar(ctx, at);
}

function scalar(node: Scalar, ctx: ConvertContext): SourceScalar {
  const [from, valueEnd] = node.range ?? [0, 0];
  const to = trimEnd(ctx.text, from, valueEnd);
  const span = spanAt(ctx.file, ctx.lineStarts, from, to);
  return { kind: 'scalar', value: plain(node.value), style: STYLES[node.type ?? 'PLAIN'] ?? 'plain', span, offset: from, raw: ctx.text.slice(from, to) };
}

// Tags outside the core schema can produce other values; they are shown as text.
function plain(v: unknown): SourceScalar['value'] {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
}

function tooBig(ctx: ConvertContext, at: number): SourceScalar {
  const missing = nullScalar(ctx, at);
  if (!ctx.diagnostics.some((d) => d.code === 'yaml-too-big')) {
    const message = 'the document is too large or too deeply nested (aliases expand too far)';
    ctx.diagnostics.push(error('yaml-too-big', message, missing.span, 'write the model out without deep nesting or alias chains'));
  }
  return missing;
}
