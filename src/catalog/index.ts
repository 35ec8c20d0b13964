// CONTRACT STUB — to be replaced by the real technology catalog (owner: catalog/ helper). Keep the signatures.
export type TechCategory =
  | 'language' | 'frontend' | 'database' | 'cache' | 'queue' | 'storage' | 'gateway' | 'network'
  | 'security' | 'compute' | 'container' | 'kubernetes' | 'monitoring' | 'logging' | 'generic';

export interface Tech {
  id: string;
  label: string;
  category: TechCategory;
  aliases: string[];
  /** Glyph id for icons/getGlyph. */
  icon: string;
}

const TECHS: Tech[] = [
  { id: 'react', label: 'React', category: 'frontend', aliases: [], icon: 'react' },
  { id: 'postgresql', label: 'PostgreSQL', category: 'database', aliases: ['postgres', 'pg'], icon: 'postgresql' },
];

export function allTechs(): readonly Tech[] {
  return TECHS;
}

/** The catalog entry for an id or alias, case-insensitive, or null. */
export function findTech(word: string): Tech | null {
  const w = word.toLowerCase();
  return TECHS.find((t) => t.id === w || t.aliases.includes(w)) ?? null;
}
