import type { Span } from '../diagnostics/types.js';
import type { NodeShape } from '../catalog/types.js';
import type { RulesConfig } from './rule-types.js';
import type { EdgeKind } from './edge-kinds.js';
import type { AssetRef } from './asset-path.js';

export type { EdgeKind } from './edge-kinds.js';
export type { AssetRef } from './asset-path.js';
export { EDGE_KINDS } from './edge-kinds.js';

export type Direction = 'down' | 'right' | 'up' | 'left';
export const DIRECTIONS: readonly Direction[] = ['down', 'right', 'up', 'left'];

/** What a node is for the architecture rules: inferred from its technology, or declared. */
export type Role = 'client' | 'gateway' | 'service' | 'database' | 'queue' | 'monitoring' | 'infrastructure' | 'other';
export const ROLES: readonly Role[] = ['client', 'gateway', 'service', 'database', 'queue', 'monitoring', 'infrastructure', 'other'];
/** Where a node's role came from: its `role:`, a tag named like a role, its technology, or nothing. */
export type RoleSource = 'role' | 'tag' | 'tech' | 'default';

/** How an edge is encrypted, when it says so (`tls: true`, `tls: mtls`, `tls: false`). */
export type Tls = 'tls' | 'mtls' | 'none';

/** A trust zone: nodes and groups name it with `zone:`; a higher trust is more trusted. */
export interface Zone {
  id: string;
  label: string;
  trust: number;
  description: string | null;
  span: Span;
}

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
  /** Where the group's own `color:` was written, for a low-contrast warning at it. */
  colorSpan?: Span;
  /** Id of the enclosing group, or null at the top level. */
  parent: string | null;
  /** Trust zone: the group's own, else its parent's; null when none. */
  zone?: string | null;
  span: Span;
}

export interface Node {
  id: string;
  label: string;
  /** Catalog id after alias resolution, or the user's word when unknown; null if none given. */
  tech: string | null;
  /** Display name of the technology, e.g. `PostgreSQL`. */
  techLabel: string | null;
  /** Icon id in the icon set, `file:<path>` for the user's own file (see iconFile), or null to draw no icon. */
  icon: string | null;
  /** The .svg/.png file of `icon: ./assets/x.svg`, relative to the model's folder; the pipeline reads it. */
  iconFile?: AssetRef;
  description: string | null;
  links: Link[];
  tags: string[];
  /** Node's own accent, or null to take its group's. */
  color: Color | null;
  /** Where the node's `color:` was written, for a low-contrast warning at it. */
  colorSpan?: Span;
  parent: string | null;
  /** What the node is for the rules: `role:`, else a tag named like a role, else from its technology's category. */
  role?: Role;
  roleFrom?: RoleSource;
  /** How many instances run, when declared (`replicas: 3`). */
  replicas?: number | null;
  /** Trust zone: the node's own, else its nearest group's; null when none. */
  zone?: string | null;
  /** How it is drawn: its `shape:`, else its technology's, else `card` (set by the model; absent means `card`). */
  shape?: NodeShape;
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
  /** Free-form tags (long form only), e.g. `async`, `read`. */
  tags?: string[];
  /** The protocol when declared, e.g. `HTTPS`, `gRPC`, `AMQP`. */
  protocol?: string | null;
  /** Encryption when declared with `tls:`; null when not said. */
  tls?: Tls | null;
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
  /** The model's own theme file (`theme: ./brand.theme.yaml`), relative to its folder; the pipeline reads it. */
  themeFile?: AssetRef;
  /** Parents before children, in source order otherwise. */
  groups: Group[];
  /** In source order. */
  nodes: Node[];
  edges: Edge[];
  /** Trust zones, when the model declares `zones:`. */
  zones?: Zone[];
  /** The model's own `rules:` block, when it has one. */
  rules?: RulesConfig;
}
