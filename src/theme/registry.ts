import { darkNeon } from './dark-neon.js';
import { light } from './light.js';
import { highContrast } from './high-contrast.js';
import { blueprint } from './blueprint.js';
import { synthwave } from './synthwave.js';
import type { Theme } from './types.js';

const THEMES: readonly Theme[] = [darkNeon, light, highContrast, blueprint, synthwave];

/** The theme used when a model or the CLI names none. */
export const DEFAULT_THEME = 'dark-neon';

/** The theme with this name, or null. */
export function getTheme(name: string): Theme | null {
  return THEMES.find((t) => t.name === name) ?? null;
}

/** Names of the built-in themes, default first. */
export function themeNames(): string[] {
  return THEMES.map((t) => t.name);
}
