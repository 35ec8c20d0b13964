import type { SourceDocument, SourceMap, SourceScalar, SourceValue } from '../parse/index.js';
import { spanInScalar } from '../parse/index.js';
import type { Edge, EdgeKind, Tls } from './types.js';
import { EDGE_KINDS } from './types.js';
import type { Endpoint } from './endpoints.js';
import { parseEdgeText, type IdAt } from './edge-syntax.js';
import { field, listOf, optional, stringOf, stringScalar, textOf } from './read.js';

/** What an edge item says, whichever form it was written in. */
export interface EdgeSpec {
  from: Endpoint[];
  to: Endpoint[];
  kind: EdgeKind;
  label: string | null;
  description: string | null;
  /** What the long form adds; absent in the string forms. */
  extra: Pick<Edge, 'tags' | 'protocol' | 'tls'>;
}

type Doc = Pick<SourceDocument, 'file' | 'lineStarts'>;

/** The edge an item describes: `"a -> b"`, `a -> b: label`, or `{ from, to, … }`; null when malformed (already reported). */
export function readEdge(item: SourceValue, doc: Doc): EdgeSpec | null {
  if (item.kind === 'scalar') return fromText(stringScalar(item), true, null, doc);
  if (item.kind !== 'map') return null;
  const [only] = item.entries;
  const labelled = item.entries.length === 1 && only && parseEdgeText(only.name, false);
  return labelled && only ? fromText(only.key, false, textOf(only.value), doc) : fromObject(item, doc);
}

function fromText(scalar: SourceScalar | null, withLabel: boolean, label: string | null, doc: Doc): EdgeSpec | null {
  const parsed = scalar ? parseEdgeText(String(scalar.value), withLabel) : null;
  if (!scalar || !parsed) return null;
  const place = (at: IdAt): Endpoint => ({ id: at.id, span: spanInScalar(doc, scalar, at.start, at.end) });
  return { from: parsed.from.map(place), to: parsed.to.map(place), kind: parsed.kind, label: parsed.label ?? label, description: null, extra: {} };
}

function fromObject(map: SourceMap, doc: Doc): EdgeSpec {
  const kind = stringOf(field(map, 'kind'));
  return {
    from: endpoints(field(map, 'from'), doc),
    to: endpoints(field(map, 'to'), doc),
    kind: EDGE_KINDS.find((k) => k === kind) ?? 'request',
    label: textOf(field(map, 'label')),
    description: textOf(field(map, 'description')),
    extra: {
      ...optional('tags', listOf(field(map, 'tags'))?.items.flatMap((t) => textOf(t) ?? [])),
      ...optional('protocol', textOf(field(map, 'protocol'))),
      ...optional('tls', tlsOf(field(map, 'tls'))),
    },
  };
}

// `tls: true` is TLS, `false` none; `tls: mtls` (or `tls`, `none`) as written.
function tlsOf(value: SourceValue | undefined): Tls | null {
  if (value?.kind !== 'scalar') return null;
  if (typeof value.value === 'boolean') return value.value ? 'tls' : 'none';
  return value.value === 'tls' || value.value === 'mtls' || value.value === 'none' ? value.value : null;
}

function endpoints(value: SourceValue | undefined, doc: Doc): Endpoint[] {
  const scalars = value?.kind === 'list' ? listOf(value)!.items : value ? [value] : [];
  return scalars.flatMap((v) => {
    const s = stringScalar(v);
    return s ? [{ id: s.value as string, span: spanInScalar(doc, s, 0, (s.value as string).length) }] : [];
  });
}
