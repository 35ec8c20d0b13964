import type { Node } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { walk } from '../walk.js';

/** The guide's reliability principle: redundancy on the path every request takes. */
export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  description: 'A node that every client path goes through runs at least 2 replicas (judged where replicas are declared).',
  severity: 'warning',
  options: {
    'min-replicas': { type: 'integer', default: 2, description: 'The fewest replicas such a node may run.' },
  },
  check: (graph, options) => {
    const clients = graph.nodes.filter((n) => graph.role(n.id) === 'client').map((n) => n.id);
    const min = options['min-replicas'] as number;
    const reached = new Set(walk(clients, follow(graph, null)).order);
    // A client path runs along requests and data access until a node that goes nowhere further.
    const ends = [...reached].filter((n) => !clients.includes(n) && follow(graph, null)(n).length === 0);
    const thin = graph.nodes.filter((n) => n.replicas != null && n.replicas < min && reached.has(n.id) && !clients.includes(n.id));
    return ends.length === 0 ? [] : thin.filter((n) => onEveryPath(graph, clients, ends, n.id)).map((n) => report(graph, n, min));
  },
};

const follow = (graph: Graph, without: string | null) => (id: string) => graph.out(id, ['request', 'data']).filter((e) => e.to !== without);

// With the node taken out, no client reaches any other end of a path.
function onEveryPath(graph: Graph, clients: readonly string[], ends: readonly string[], id: string): boolean {
  const avoiding = new Set(walk(clients, follow(graph, id)).order);
  return !ends.some((n) => n !== id && avoiding.has(n));
}

function report(graph: Graph, node: Node, min: number): Report {
  const into = graph.into(node.id, ['request', 'data']);
  return {
    message: `node "${node.id}" runs ${node.replicas} ${node.replicas === 1 ? 'replica' : 'replicas'} and every client path goes through it`,
    hint: `run at least ${min} (replicas: ${min}), or give the clients a second path`,
    span: node.span,
    nodes: [node.id],
    edges: into.map((e) => e.id),
  };
}
