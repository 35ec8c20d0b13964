import { EDGE_KINDS } from './types.js';
import { EDGE_FORMS, EDGE_KEY_PATTERN, EDGE_PATTERN, explainEdge } from './syntax.js';
import { boolean, id, listOf, oneWordOf, text } from './schema-parts.js';
import type { Def } from './schema-types.js';

const endpoints = (title: string, description: string): Def => ({
  kind: 'oneOf',
  title,
  description,
  expected: 'a node id or a list of node ids',
  options: [id(title, 'A node id.'), listOf(id('Node id', 'A node id.'), title, 'Several node ids: one edge to or from each.')],
});

const tls: Def = {
  kind: 'oneOf',
  title: 'TLS',
  description: 'Whether the edge is encrypted: true (TLS), mtls (mutual TLS) or false.',
  expected: 'true, false or mtls',
  options: [
    boolean('TLS', 'true: encrypted with TLS; false: not encrypted.'),
    { ...oneWordOf(['tls', 'mtls', 'none'], 'TLS mode', 'tls, mtls (mutual TLS) or none.'), allowed: 'true, false, tls, mtls or none' },
  ],
};

const edgeObject: Def = {
  kind: 'object',
  noun: 'edge',
  title: 'Edge (long form)',
  description: 'An edge with all its properties.',
  required: ['from', 'to'],
  properties: {
    from: endpoints('From', 'The calling node(s): where the arrow starts.'),
    to: endpoints('To', 'The called node(s): where the arrow points.'),
    kind: { kind: 'string', title: 'Kind', description: 'request (solid), data (dashed) or telemetry (dotted); default request.', enum: EDGE_KINDS, allowed: `one of ${EDGE_KINDS.join(', ')}` },
    label: text('Label', 'Text along the edge, e.g. a protocol.'),
    description: text('Description', 'What flows along the edge.'),
    protocol: text('Protocol', 'How it talks, e.g. HTTPS, gRPC, AMQP; TLS protocols (HTTPS, gRPCs, …) count as encrypted.'),
    tls: tls,
    tags: { ...listOf(text('Tag', 'A free-form tag.'), 'Tags', 'Free-form tags; the rules read `async` (not a synchronous call) and `read` (read-only access).'), example: '`tags: [async]`' },
  },
};

const edgeString: Def = {
  kind: 'string',
  title: 'Edge',
  description: '"a -> b" request, "a --> b" data, "a ..> b" telemetry; "a, b -> c, d" for all pairs; ": label" after it.',
  pattern: EDGE_PATTERN,
  code: 'bad-edge',
  allowed: 'an edge like "a -> b"',
  explain: explainEdge,
};

const labelledEdge: Def = {
  kind: 'map',
  noun: 'label',
  title: 'Edge with a label',
  description: 'One pair `a -> b: label`, as YAML reads `- a -> b: HTTPS`.',
  keys: { ...edgeString, pattern: EDGE_KEY_PATTERN, description: 'The edge, e.g. "web -> api".' },
  values: { kind: 'oneOf', title: 'Label', description: 'Text along the edge.', options: [text('Label', 'Text along the edge.'), { kind: 'null', title: 'No label', description: 'No label.' }] },
  single: { code: 'bad-edge', hint: `start each edge with its own "- "; ${EDGE_FORMS}` },
};

/** An edge: a string, a labelled pair, or the long form. */
export const edge: Def = {
  kind: 'oneOf',
  title: 'Edge',
  description: 'An edge between nodes: "a -> b", "a -> b: label", or a map with from, to, kind, label, description.',
  expected: 'an edge like "a -> b" or a map with from and to',
  example: '`- web -> api` or `- { from: web, to: api }`',
  options: [edgeString, labelledEdge, edgeObject],
};
