/** What a technology is, for grouping in docs and for themes that colour by kind. */
export type TechCategory =
  | 'language' | 'frontend' | 'framework' | 'database' | 'cache' | 'queue' | 'storage' | 'gateway' | 'network'
  | 'security' | 'compute' | 'container' | 'kubernetes' | 'monitoring' | 'logging' | 'analytics' | 'devops'
  | 'os' | 'client' | 'generic';

export interface Tech {
  id: string;
  label: string;
  category: TechCategory;
  /** Other words people write for it, lower-case; never another entry's id. */
  aliases: string[];
  /** Glyph id for icons/getGlyph. */
  icon: string;
}

/** A catalog entry; the icon defaults to the glyph of the same id. */
export function tech(id: string, label: string, category: TechCategory, aliases: string[] = [], icon = id): Tech {
  return { id, label, category, aliases, icon };
}
