import type { Edge } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { cycleThrough, stronglyConnected } from '../cycles.js';

/** Services that call each other in a circle wait on each other: one slow node stalls them all. */
export const syncCycle: Rule = {
  id: 'sync-cycle',
  description: 'No cycle of synchronous request edges (->); edges tagged async do not count.',
  severity: 'warning',
  options: {
    'async-tags': { type: 'words', default: ['async'], description: 'Edge tags that mark a request as asynchronous.' },
  },
  check: (graph, options) => {
    const asyncTags = options['async-tags'] as readonly string[];
    const sync = graph.edges.filter((e) => e.kind === 'request' && !(e.tags ?? []).some((t) => asyncTags.includes(t.toLowerCase())));
    return stronglyConnected(graph.nodes.map((n) => n.id), sync).map((members) => report(graph, members, sync));
  },
};

function report(graph: Graph, members: readonly string[], sync: readonly Edge[]): Report {
  const inside = sync.filter((e) => members.includes(e.from) && members.includes(e.to));
  const cycle = cycleThrough(members[0]!, inside);
  const more = members.length > cycle.length ? ` (${members.length} nodes call each other in circles)` : '';
  return {
    message: `synchronous request cycle: ${[...cycle, cycle[0]].join(' -> ')}${more}`,
    hint: 'break the cycle: make one call asynchronous (a queue, or tags: [async]) or move the shared logic',
    span: inside[0]!.span,
    nodes: [...members],
    edges: inside.map((e) => e.id),
  };
}
