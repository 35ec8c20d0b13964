import type { Edge } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { quoteAll } from '../words.js';

/** The guide's microservices pattern: each service has its own database. */
export const databasePerService: Rule = {
  id: 'database-per-service',
  description: 'No data store is written by two services (each service has its own database).',
  severity: 'warning',
  options: {
    'read-tags': { type: 'words', default: ['read', 'read-only', 'readonly'], description: 'Edge tags that mark read-only access, which does not count as writing.' },
  },
  check: (graph, options) => graph.nodes
    .filter((n) => graph.role(n.id) === 'database')
    .flatMap((store) => shared(graph, store.id, options['read-tags'] as readonly string[])),
};

function shared(graph: Graph, store: string, readTags: readonly string[]): Report[] {
  const writes = graph.into(store, ['request', 'data']).filter((e) => graph.role(e.from) === 'service' && !isRead(e, readTags));
  const services = [...new Set(writes.map((e) => e.from))];
  if (services.length < 2) return [];
  return [{
    message: `data store "${store}" is written by ${services.length} services: ${quoteAll(services)}`,
    hint: 'give each service its own store, or tag the edges of services that only read it: tags: [read]',
    span: graph.node(store).span,
    nodes: [store, ...services],
    edges: writes.map((e) => e.id),
  }];
}

function isRead(edge: Edge, readTags: readonly string[]): boolean {
  return (edge.tags ?? []).some((t) => readTags.includes(t.toLowerCase()));
}
