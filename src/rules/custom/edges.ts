import type { Edge } from '../../model/types.js';
import type { CustomRule } from '../../model/rule-types.js';
import type { Graph } from '../graph.js';
import { matches } from './select.js';

/** The edges a custom rule is about: of its kinds, from a `from` node to a `to` node, in source order. */
export function selectedEdges(graph: Graph, rule: CustomRule): Edge[] {
  return graph.edges.filter((e) => (!rule.kinds || rule.kinds.includes(e.kind)) && matches(graph, rule.from, e.from) && matches(graph, rule.to, e.to));
}
