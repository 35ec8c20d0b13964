import type { Span } from '../diagnostics/types.js';

export type Direction = 'down' | 'right' | 'up' | 'left';
export type EdgeKind = 'request' | 'data' | 'telemetry';
export const EDGE_KINDS: readonly EdgeKind[] = ['request', 'data', 'telemetry'];
export const DIRECTIONS: readonly Direction[] = ['down', 'right', 'up', 'left'];

/** An accent slot of the theme (`green`, `magenta`, `cyan`, …) or a `#rrggbb` colour. */
export type Color = string;

export interface Link {
  url: string;
  title: string | null;
}

export interface Group {
  id: string;
  label: string;
  description: string | null;
  color: Color;
  /** Id of the enclosing group, or null at the top level. */
  parent: string | null;
  span: Span;
}

export interface Node {
  id: string;
  label: string;
  /** Catalog id after alias resolution, or the user's word when unknown; null if none given. */
  tech: string | null;
  /** Display name of the technology, e.g. `PostgreSQL`. */
  techLabel: string | null;
  /** Icon id in the icon set, or null to draw no icon. */
  icon: string | null;
  description: string | null;
  links: Link[];
  tags: string[];
  /** Node's own accent, or null to take its group's. */
  color: Color | null;
  parent: string | null;
  span: Span;
}

export interface Edge {
  /** `from->to`, with `#2`, `#3` … for repeated pairs. */
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  label: string | null;
  description: string | null;
  span: Span;
}

/** A checked model: every reference resolved, ready for layout. */
export interface Model {
  file: string;
  title: string;
  description: string | null;
  direction: Direction;
  theme: string | null;
  /** Where `theme:` was written, for a precise unknown-theme error. */
  themeSpan?: Span;
  /** Parents before children, in source order otherwise. */
  groups: Group[];
  /** In source order. */
  nodes: Node[];
  edges: Edge[];
}
