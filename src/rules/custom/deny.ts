import type { CustomRule } from '../../model/rule-types.js';
import type { Report } from '../types.js';
import type { Graph } from '../graph.js';
import { edgeText } from '../graph.js';
import { describeSelector } from './select.js';
import { selectedEdges } from './edges.js';

/** `deny`: every selected edge is a finding, at the edge. */
export function checkDeny(graph: Graph, rule: CustomRule): Report[] {
  const what = `edges from ${describeSelector(rule.from)} to ${describeSelector(rule.to)} are not allowed`;
  return selectedEdges(graph, rule).map((e) => ({
    message: `${rule.message ?? what} (${edgeText(e)})`,
    hint: `custom rule "${rule.id}": ${what}`,
    span: e.span,
    nodes: [e.from, e.to],
    edges: [e.id],
  }));
}
