import type { Diagnostic, Span } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';

/** The ids an edge may point at, and the group ids it must not. */
export interface Namespace {
  nodes: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

/** An edge endpoint as written, with the exact span of the id. */
export interface Endpoint {
  id: string;
  span: Span;
}

/** Problems with one endpoint: a group id, or an id that names nothing. */
export function checkEndpoint(end: Endpoint, names: Namespace): Diagnostic[] {
  if (names.nodes.has(end.id)) return [];
  if (names.groups.has(end.id)) {
    return [error('edge-to-group', `edges connect nodes; "${end.id}" is a group`, end.span, 'point the edge at a node inside the group')];
  }
  const hint = didYouMean(end.id, names.nodes) ?? 'declare the node under `nodes:` (top level or in a group)';
  return [error('unknown-node', `edge refers to unknown node "${end.id}"`, end.span, hint)];
}
