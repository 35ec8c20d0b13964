import { tech, type CloudProvider, type Tech, type TechCategory, type TechOptions } from './types.js';

type Define = (id: string, label: string, category: TechCategory, aliases?: string[], options?: TechOptions) => Tech;

/** Entries of one cloud's managed services. */
export function cloudService(provider: CloudProvider): Define {
  return (id, label, category, aliases = [], options = {}) => tech(id, label, category, aliases, { provider, ...options });
}

/** A technology-neutral concept, drawn with a line glyph. */
export const concept: Define = (id, label, category, aliases = [], options = {}) =>
  tech(id, label, category, aliases, { concept: true, ...options });
