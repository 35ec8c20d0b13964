export type { AccentPaint, AccentSlot, EdgeStyle, Theme } from './types.js';
export { ACCENT_SLOTS } from './types.js';
export { DEFAULT_THEME, getTheme, themeNames } from './registry.js';
export { contrastRatio, ensureContrast, luminance, MIN_TEXT_CONTRAST } from './contrast.js';
export { accentPaint, deriveAccent, isAccentSlot } from './accent.js';
export { contrastIssues, textPairs, graphicPairs, MIN_GRAPHIC_CONTRAST } from './audit.js';
export type { ContrastIssue, ContrastPair } from './audit.js';
export { TYPE_SCALE } from './typography.js';
export type { TextRole } from './typography.js';
