import type { Edge } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { edgeText } from '../graph.js';
import { pathTo, walk } from '../walk.js';
import { quoteAll } from '../words.js';

/** The guide's API gateway pattern: one entry point for all client requests. */
export const gatewayEntry: Rule = {
  id: 'gateway-entry',
  description: 'Clients reach services only through a gateway.',
  severity: 'warning',
  options: {},
  check: (graph) => graph.nodes
    .filter((n) => graph.role(n.id) === 'client')
    .flatMap((client) => graph.out(client.id, ['request']).flatMap((first) => bypass(graph, first))),
};

// Services a client's request reaches through `first` before any gateway; one report per first edge.
function bypass(graph: Graph, first: Edge): Report[] {
  const stopAt = (id: string) => id === first.from || ['gateway', 'service', 'client'].includes(graph.role(id));
  if (stopAt(first.to) && graph.role(first.to) !== 'service') return [];
  const reached = walk([first.from], (id) => (id === first.from ? [first] : graph.out(id, ['request'])), stopAt);
  const services = reached.order.filter((id) => graph.role(id) === 'service');
  if (services.length === 0) return [];
  const path = services.flatMap((s) => pathTo(reached, s));
  const edges = graph.edges.filter((e) => path.includes(e));
  return [{
    message: `client "${first.from}" reaches ${services.length === 1 ? 'service' : 'services'} ${quoteAll(services)} without a gateway (${edgeText(first)})`,
    hint: 'send client requests to a gateway (role gateway, e.g. tech: nginx, kong) and let it route to the services',
    span: first.span,
    nodes: [...new Set(edges.flatMap((e) => [e.from, e.to]))],
    edges: edges.map((e) => e.id),
  }];
}
