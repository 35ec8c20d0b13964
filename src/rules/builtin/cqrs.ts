import type { Edge } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { edgeText } from '../graph.js';

/** The guide's CQRS pattern: commands change the write store, queries read the read model. */
export const cqrs: Rule = {
  id: 'cqrs',
  description: 'Where nodes are tagged command or query, commands go to the write store and queries to the read model.',
  severity: 'error',
  options: {
    'command-tag': { type: 'word', default: 'command', description: 'The tag of nodes that handle commands.' },
    'query-tag': { type: 'word', default: 'query', description: 'The tag of nodes that answer queries.' },
    'write-tag': { type: 'word', default: 'write-model', description: 'The tag of the write store.' },
    'read-tag': { type: 'word', default: 'read-model', description: 'The tag of the read model.' },
  },
  check: (graph, o) => graph.edges.filter((e) => e.kind !== 'telemetry').flatMap((e) => [
    ...wrongSide(graph, e, o['command-tag'] as string, o['read-tag'] as string, 'command', 'write store', o['write-tag'] as string),
    ...wrongSide(graph, e, o['query-tag'] as string, o['write-tag'] as string, 'query', 'read model', o['read-tag'] as string),
  ]),
};

const tagged = (graph: Graph, id: string, tag: string): boolean => graph.node(id).tags.some((t) => t.toLowerCase() === tag.toLowerCase());

// An edge from a `side` node to a store of the other side.
function wrongSide(graph: Graph, edge: Edge, sideTag: string, otherTag: string, side: string, own: string, ownTag: string): Report[] {
  if (!tagged(graph, edge.from, sideTag) || !tagged(graph, edge.to, otherTag)) return [];
  return [{
    message: `${side} handler "${edge.from}" uses "${edge.to}", which is tagged ${otherTag} (${edgeText(edge)})`,
    hint: `${side === 'command' ? 'commands' : 'queries'} go to the ${own} (tagged ${ownTag})`,
    span: edge.span,
    nodes: [edge.from, edge.to],
    edges: [edge.id],
  }];
}
