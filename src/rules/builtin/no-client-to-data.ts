import type { Rule } from '../types.js';
import { edgeText } from '../graph.js';

/** A client that talks to a data store directly bypasses every service that guards the data. */
export const noClientToData: Rule = {
  id: 'no-client-to-data',
  description: 'No client talks straight to a data store.',
  severity: 'error',
  options: {},
  check: (graph) => graph.edges
    .filter((e) => graph.role(e.from) === 'client' && graph.role(e.to) === 'database')
    .map((e) => ({
      message: `client "${e.from}" talks straight to data store "${e.to}" (${edgeText(e)})`,
      hint: 'let a service own the store and have the client call that service (through the gateway)',
      span: e.span,
      nodes: [e.from, e.to],
      edges: [e.id],
    })),
};
