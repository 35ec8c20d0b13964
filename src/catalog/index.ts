// Public entry of the catalog: every technology neonarch knows, by id or alias.
import { closest } from '../diagnostics/suggest.js';
import { AWS } from './entries/aws.js';
import { CONTAINERS } from './entries/containers.js';
import { DATA } from './entries/data.js';
import { FRAMEWORKS } from './entries/frameworks.js';
import { FRONTEND } from './entries/frontend.js';
import { GENERIC } from './entries/generic.js';
import { INFRASTRUCTURE } from './entries/infrastructure.js';
import { KUBERNETES } from './entries/kubernetes.js';
import { LANGUAGES } from './entries/languages.js';
import { MESSAGING } from './entries/messaging.js';
import { NETWORK } from './entries/network.js';
import { OBSERVABILITY } from './entries/observability.js';
import type { Tech } from './types.js';

export type { Tech, TechCategory } from './types.js';

const TECHS: readonly Tech[] = [
  ...LANGUAGES, ...FRONTEND, ...FRAMEWORKS, ...DATA, ...MESSAGING, ...NETWORK, ...OBSERVABILITY,
  ...CONTAINERS, ...KUBERNETES, ...INFRASTRUCTURE, ...AWS, ...GENERIC,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// Ids first, so an alias can never shadow an id (the catalog test also forbids it).
const BY_WORD: ReadonlyMap<string, Tech> = new Map([
  ...TECHS.flatMap((t) => t.aliases.map((a) => [a.toLowerCase(), t] as const)),
  ...TECHS.map((t) => [t.id, t] as const),
]);

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
