import { ROLES } from '../../model/types.js';
import type { Node } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { walk } from '../walk.js';

/** The guide's observability principle: metrics, logs and traces from every service. */
export const observability: Rule = {
  id: 'observability',
  description: 'Every service sends telemetry (..>) to a monitoring node, directly or through collectors.',
  severity: 'warning',
  options: {
    roles: { type: 'words', default: ['service'], choices: ROLES, description: 'The roles whose nodes must send telemetry.' },
  },
  check: (graph, options) => graph.nodes
    .filter((n) => (options.roles as readonly string[]).includes(graph.role(n.id)))
    .flatMap((n) => (monitored(graph, n.id) ? [] : [silent(graph, n)])),
};

function monitored(graph: Graph, id: string): boolean {
  const reached = walk([id], (at) => graph.out(at, ['telemetry']));
  return reached.order.some((at) => at !== id && graph.role(at) === 'monitoring');
}

function silent(graph: Graph, node: Node): Report {
  const monitor = graph.nodes.find((n) => graph.role(n.id) === 'monitoring');
  const hint = monitor
    ? `add a telemetry edge, e.g. "${node.id} ..> ${monitor.id}"`
    : `add a monitoring node (e.g. tech: prometheus) and a telemetry edge "${node.id} ..> it"`;
  return { message: `${graph.role(node.id)} "${node.id}" sends no telemetry to a monitoring node`, hint, span: node.span, nodes: [node.id], edges: [] };
}
