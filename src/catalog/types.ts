import { GLYPH_COLORS } from './colors.generated.js';

/** What a technology is, for grouping in docs and for themes that colour by kind. */
export type TechCategory =
  | 'language' | 'frontend' | 'framework' | 'database' | 'cache' | 'queue' | 'storage' | 'search' | 'gateway'
  | 'network' | 'service-mesh' | 'security' | 'identity' | 'compute' | 'container' | 'kubernetes' | 'monitoring'
  | 'logging' | 'analytics' | 'ml' | 'cicd' | 'devops' | 'os' | 'client' | 'communication' | 'generic';

/** Every category, in the order docs and `neonarch icons --category` list them. */
export const TECH_CATEGORIES: readonly TechCategory[] = [
  'language', 'frontend', 'framework', 'database', 'cache', 'queue', 'storage', 'search', 'gateway', 'network',
  'service-mesh', 'security', 'identity', 'compute', 'container', 'kubernetes', 'monitoring', 'logging', 'analytics',
  'ml', 'cicd', 'devops', 'os', 'client', 'communication', 'generic',
];

/** The outline a node is drawn with; `card` is the plain rounded box. */
export type NodeShape = 'card' | 'cylinder' | 'queue' | 'person' | 'browser' | 'mobile' | 'cloud' | 'hexagon' | 'document';

/** Every node shape. */
export const NODE_SHAPES: readonly NodeShape[] = ['card', 'cylinder', 'queue', 'person', 'browser', 'mobile', 'cloud', 'hexagon', 'document'];

/** A cloud whose managed services have their own entries (`aws-s3`, `azure-functions`, `gcp-bigquery`). */
export type CloudProvider = 'aws' | 'azure' | 'gcp';

export interface Tech {
  id: string;
  label: string;
  category: TechCategory;
  /** Other words people write for it, lower-case; never another entry's id. */
  aliases: string[];
  /** Glyph id for icons/getGlyph. */
  icon: string;
  /** How a node of this technology is drawn unless the node says otherwise. */
  shape: NodeShape;
  /** The brand's own colour (`#RRGGBB`), where it has one. */
  color?: string;
  /** Set on a cloud provider's managed service. */
  provider?: CloudProvider;
  /** A technology-neutral concept (server, queue, user) drawn with a line glyph, not a product. */
  concept: boolean;
}

/** What an entry may set beyond id, label, category and aliases. */
export interface TechOptions {
  icon?: string;
  shape?: NodeShape;
  color?: string;
  provider?: CloudProvider;
  concept?: boolean;
}

// Data stores look like data stores, queues like queues; gateways and Kubernetes are hexagons (their usual notation).
const SHAPE_BY_CATEGORY: Partial<Record<TechCategory, NodeShape>> = {
  database: 'cylinder', cache: 'cylinder', search: 'cylinder', queue: 'queue', storage: 'document',
  gateway: 'hexagon', kubernetes: 'hexagon',
};

/** The shape a category is drawn with by default. */
export function defaultShape(category: TechCategory): NodeShape {
  return SHAPE_BY_CATEGORY[category] ?? 'card';
}

/** A catalog entry; the icon defaults to the glyph of the same id, the shape to its category's. */
export function tech(id: string, label: string, category: TechCategory, aliases: string[] = [], options: TechOptions = {}): Tech {
  const { icon = id, shape = defaultShape(category), concept = false, color, provider } = options;
  // Properties set one by one, not spread: the catalog's ~600 entries are made as the CLI starts,
  // where V8 has not optimised this yet and a spread costs several times an assignment.
  const entry: Tech = { id, label, category, aliases, icon, shape, concept };
  if (color) entry.color = color;
  if (provider) entry.provider = provider;
  // A brand's colour comes with its glyph (simple-icons, the AWS tile, the Azure/Google icon) unless the entry sets one.
  if (!color && GLYPH_COLORS[icon]) entry.color = GLYPH_COLORS[icon];
  return entry;
}
