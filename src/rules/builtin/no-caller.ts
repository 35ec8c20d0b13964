import type { Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { walk } from '../walk.js';

/** A service nothing reaches from the clients is dead code, or an edge is missing from the model. */
export const noCaller: Rule = {
  id: 'no-caller',
  description: 'Every service is reached from a client: by requests, data flows, or through a queue.',
  severity: 'note',
  options: {},
  check: (graph) => {
    const clients = graph.nodes.filter((n) => graph.role(n.id) === 'client').map((n) => n.id);
    if (clients.length === 0) return [];
    const reached = new Set(walk(clients, (id) => next(graph, id)).order);
    return graph.nodes
      .filter((n) => graph.role(n.id) === 'service' && !reached.has(n.id))
      .map((n) => ({
        message: `service "${n.id}" is not reached from any client: nothing calls it`,
        hint: `add the edge that triggers it (e.g. "caller -> ${n.id}", or a queue it consumes), or remove it`,
        span: n.span,
        nodes: [n.id],
        edges: [],
      }));
  },
};

// A queue joins whoever writes to it with whoever reads from it, whichever way the edges are drawn.
function next(graph: Graph, id: string) {
  const forward = graph.out(id, ['request', 'data']);
  return graph.role(id) === 'queue' ? [...forward, ...graph.into(id, ['request', 'data'])] : forward;
}
