import type { Rule } from '../types.js';

/** A node with no edge at all: forgotten, or not part of this system. */
export const orphan: Rule = {
  id: 'orphan',
  description: 'Every node takes part in at least one edge.',
  severity: 'warning',
  options: {},
  check: (graph) => graph.nodes
    .filter((n) => graph.out(n.id).length + graph.into(n.id).length === 0)
    .map((n) => ({
      message: `node "${n.id}" has no edge`,
      hint: 'connect it to what calls it or what it uses, or leave it out of this model',
      span: n.span,
      nodes: [n.id],
      edges: [],
    })),
};
