import type { CustomRule } from '../../model/rule-types.js';
import type { Report } from '../types.js';
import type { Graph } from '../graph.js';
import { describeSelector, matches } from './select.js';
import { selectedEdges } from './edges.js';

/** `require`: every `from` node has at least one selected edge; a node without one is a finding, at the node. */
export function checkRequire(graph: Graph, rule: CustomRule): Report[] {
  const having = new Set(selectedEdges(graph, rule).map((e) => e.from));
  const kinds = rule.kinds ? `${rule.kinds.join(' or ')} ` : '';
  const what = `each node of ${describeSelector(rule.from)} needs a ${kinds}edge to ${describeSelector(rule.to)}`;
  return graph.nodes
    .filter((n) => matches(graph, rule.from, n.id) && !having.has(n.id))
    .map((n) => ({
      message: `${rule.message ?? what} (node "${n.id}")`,
      hint: `custom rule "${rule.id}": ${what}`,
      span: n.span,
      nodes: [n.id],
      edges: [],
    }));
}
