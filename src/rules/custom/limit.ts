import type { Edge } from '../../model/types.js';
import type { CustomRule } from '../../model/rule-types.js';
import type { Report } from '../types.js';
import type { Graph } from '../graph.js';
import { describeSelector } from './select.js';
import { selectedEdges } from './edges.js';
import { plural } from '../words.js';

/** `limit`: fan-out per `from` node, fan-in per `to` node, and edges in all, each against its maximum. */
export function checkLimit(graph: Graph, rule: CustomRule): Report[] {
  const edges = selectedEdges(graph, rule);
  const { maxFanOut, maxFanIn, maxEdges } = rule.limits;
  return [
    ...(maxFanOut === null ? [] : perNode(graph, rule, edges, 'from', maxFanOut)),
    ...(maxFanIn === null ? [] : perNode(graph, rule, edges, 'to', maxFanIn)),
    ...(maxEdges === null || edges.length <= maxEdges ? [] : [total(rule, edges, maxEdges)]),
  ];
}

// Each node on one side with more selected edges than allowed, reported at the node.
function perNode(graph: Graph, rule: CustomRule, edges: readonly Edge[], side: 'from' | 'to', max: number): Report[] {
  const what = side === 'from' ? `fan-out to ${describeSelector(rule.to)}` : `fan-in from ${describeSelector(rule.from)}`;
  return graph.nodes.flatMap((n) => {
    const mine = edges.filter((e) => e[side] === n.id);
    if (mine.length <= max) return [];
    return [{
      message: `${rule.message ?? `${what} is ${mine.length}, more than ${max}`} (node "${n.id}": ${plural(mine.length, 'edge')})`,
      hint: `custom rule "${rule.id}": at most ${max} (max-fan-${side === 'from' ? 'out' : 'in'})`,
      span: n.span,
      nodes: [n.id, ...new Set(mine.map((e) => (side === 'from' ? e.to : e.from)))],
      edges: mine.map((e) => e.id),
    }];
  });
}

// Reported at the first edge over the limit.
function total(rule: CustomRule, edges: readonly Edge[], max: number): Report {
  const what = `${plural(edges.length, 'edge')} from ${describeSelector(rule.from)} to ${describeSelector(rule.to)}, more than ${max}`;
  return {
    message: rule.message ? `${rule.message} (${what})` : what,
    hint: `custom rule "${rule.id}": at most ${max} (max-edges)`,
    span: edges[max]!.span,
    nodes: [...new Set(edges.flatMap((e) => [e.from, e.to]))],
    edges: edges.map((e) => e.id),
  };
}
