import type { Edge, Tls } from '../../model/types.js';
import type { Report, Rule } from '../types.js';
import type { Graph } from '../graph.js';
import { edgeText } from '../graph.js';

// Protocols that run over TLS; a label or `protocol:` naming one counts as encrypted.
const TLS_WORDS = /\b(https|tls|ssl|wss|grpcs|amqps|mqtts|ldaps|ftps|sftp|ssh)\b/i;
const MTLS_WORDS = /\bmtls\b/i;

/** The guide's zero-trust principle: traffic into a more trusted zone is encrypted. */
export const zoneCrossingEncrypted: Rule = {
  id: 'zone-crossing-encrypted',
  description: 'An edge from a less trusted zone into a more trusted one declares TLS (or mTLS).',
  severity: 'error',
  options: {
    require: { type: 'word', default: 'tls', choices: ['tls', 'mtls'], description: 'tls: TLS or mTLS is enough; mtls: only mutual TLS is.' },
  },
  check: (graph, options) => graph.edges.flatMap((e) => crossing(graph, e, options.require === 'mtls' ? 'mtls' : 'tls')),
};

function crossing(graph: Graph, edge: Edge, need: Tls): Report[] {
  const from = graph.zone(edge.from);
  const to = graph.zone(edge.to);
  if (!from || !to || from.trust >= to.trust) return [];
  const has = encryption(edge);
  if (has === 'mtls' || (has === 'tls' && need === 'tls')) return [];
  const what = need === 'mtls' ? 'mutual TLS' : 'TLS';
  return [{
    message: `${edgeText(edge)} enters the more trusted zone "${to.id}" (trust ${to.trust}) from "${from.id}" (trust ${from.trust}) without ${what}`,
    hint: `declare it in the long form: { from: ${edge.from}, to: ${edge.to}, tls: ${need === 'mtls' ? 'mtls' : 'true'} }, or label it ${need === 'mtls' ? 'mTLS' : 'HTTPS'}`,
    span: edge.span,
    nodes: [edge.from, edge.to],
    edges: [edge.id],
  }];
}

/** How an edge is encrypted: its `tls:`, else what its protocol or label says. */
export function encryption(edge: Edge): Tls {
  if (edge.tls) return edge.tls;
  const said = `${edge.protocol ?? ''} ${edge.label ?? ''}`;
  if (MTLS_WORDS.test(said)) return 'mtls';
  return TLS_WORDS.test(said) ? 'tls' : 'none';
}
