// Public entry of the catalog: every technology neonarch knows, by id or alias.
import { closest } from '../diagnostics/suggest.js';
import { ANALYTICS } from './entries/analytics.js';
import { AWS } from './entries/aws.js';
import { AWS_DATA } from './entries/aws-data.js';
import { AZURE } from './entries/azure.js';
import { AZURE_DATA } from './entries/azure-data.js';
import { CONCEPTS } from './entries/concepts.js';
import { NETWORK_CONCEPTS } from './entries/concepts-network.js';
import { OPERATIONS_CONCEPTS } from './entries/concepts-operations.js';
import { CONTAINERS } from './entries/containers.js';
import { DATABASES } from './entries/databases.js';
import { DELIVERY } from './entries/delivery.js';
import { FRAMEWORKS } from './entries/frameworks.js';
import { FRONTEND } from './entries/frontend.js';
import { GCP } from './entries/gcp.js';
import { GCP_DATA } from './entries/gcp-data.js';
import { KUBERNETES } from './entries/kubernetes.js';
import { LANGUAGES } from './entries/languages.js';
import { MESSAGING } from './entries/messaging.js';
import { NETWORK } from './entries/network.js';
import { OBSERVABILITY } from './entries/observability.js';
import { PLATFORMS } from './entries/platforms.js';
import { SECURITY } from './entries/security.js';
import { SERVICES } from './entries/services.js';
import { rankTechs } from './search.js';
import type { Tech } from './types.js';
import { byCodeUnits } from '../compare.js';

export type { CloudProvider, NodeShape, Tech, TechCategory, TechOptions } from './types.js';
export { defaultShape, NODE_SHAPES, TECH_CATEGORIES } from './types.js';

const TECHS: readonly Tech[] = [
  ...LANGUAGES, ...FRONTEND, ...FRAMEWORKS, ...DATABASES, ...MESSAGING, ...ANALYTICS, ...NETWORK, ...OBSERVABILITY,
  ...CONTAINERS, ...KUBERNETES, ...DELIVERY, ...SECURITY, ...PLATFORMS, ...SERVICES, ...AWS, ...AWS_DATA,
  ...AZURE, ...AZURE_DATA, ...GCP, ...GCP_DATA, ...CONCEPTS, ...NETWORK_CONCEPTS, ...OPERATIONS_CONCEPTS,
].sort((a, b) => byCodeUnits(a.id, b.id));

// Ids last, so an alias can never shadow an id (the catalog test also forbids it); aliases are
// lower-case already (tested). A loop, not a Map of [word, entry] pairs: ~2000 words a start.
const BY_WORD = new Map<string, Tech>();
for (const t of TECHS) for (const alias of t.aliases) BY_WORD.set(alias, t);
for (const t of TECHS) BY_WORD.set(t.id, t);

/** Every catalog entry, sorted by id. */
export function allTechs(): readonly Tech[] {
  return TECHS;
}

/** The catalog entry for an id or alias, case-insensitive, or null. */
export function findTech(word: string): Tech | null {
  return BY_WORD.get(word.trim().toLowerCase()) ?? null;
}

/** Ids of up to `n` entries whose id or an alias is nearest to `word`, nearest first. */
export function closestTechs(word: string, n = 3): string[] {
  const near = closest(word, BY_WORD.keys(), BY_WORD.size).map((w) => BY_WORD.get(w)!.id);
  return [...new Set(near)].slice(0, n);
}

/** Entries matching `query` (id, aliases, label), best first; every entry for an empty query. */
export function searchTechs(query: string, category?: string): Tech[] {
  return rankTechs(query, category ? TECHS.filter((t) => t.category === category) : TECHS);
}
