import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import type { SourceDocument, SourceList, SourceValue } from '../parse/index.js';
import type { Edge } from './types.js';
import { checkEndpoint, type Namespace } from './endpoints.js';
import { readEdge, type EdgeSpec } from './edge-forms.js';

type Doc = Pick<SourceDocument, 'file' | 'lineStarts'>;

/** Edges of all items in source order; lists expand to every pair; repeated pairs get `#2`, `#3`… */
export function buildEdges(list: SourceList | null, names: Namespace, doc: Doc): { edges: Edge[]; diagnostics: Diagnostic[] } {
  const counts = new Map<string, number>();
  const results = (list?.items ?? []).map((item) => itemEdges(item, names, doc, counts));
  return { edges: results.flatMap((r) => r.edges), diagnostics: results.flatMap((r) => r.diagnostics) };
}

// `counts` carries the pairs seen so far across items, for the `#n` suffixes.
function itemEdges(item: SourceValue, names: Namespace, doc: Doc, counts: Map<string, number>) {
  const spec = readEdge(item, doc);
  if (!spec) return { edges: [], diagnostics: [] };
  const diagnostics = [...spec.from, ...spec.to].flatMap((end) => checkEndpoint(end, names));
  const edges: Edge[] = [];
  for (const [from, to] of pairs(spec, names)) {
    if (from === to) diagnostics.push(selfEdge(from, item));
    if (from === to) continue;
    const n = (counts.get(`${from}->${to}`) ?? 0) + 1;
    counts.set(`${from}->${to}`, n);
    edges.push({ id: n === 1 ? `${from}->${to}` : `${from}->${to}#${n}`, from, to, kind: spec.kind, label: spec.label, description: spec.description, ...spec.extra, span: item.span });
  }
  return { edges, diagnostics };
}

// Every from × to pair of known nodes, in the order written.
function pairs(spec: EdgeSpec, names: Namespace): [string, string][] {
  const known = (ids: EdgeSpec['from']) => ids.map((e) => e.id).filter((id) => names.nodes.has(id));
  return known(spec.from).flatMap((from) => known(spec.to).map((to): [string, string] => [from, to]));
}

function selfEdge(id: string, item: SourceValue): Diagnostic {
  return error('self-edge', `edge from "${id}" to itself`, item.span, 'an edge connects two different nodes; remove it or point it elsewhere');
}
