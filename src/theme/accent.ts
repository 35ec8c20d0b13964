import { isHex, mix, parseHex, toHex } from './color.js';
import { ensureContrast, MIN_TEXT_CONTRAST } from './contrast.js';
import { ACCENT_SLOTS, type AccentPaint, type AccentSlot, type Theme } from './types.js';

/** Icons are graphics, not text: WCAG 1.4.11 asks 3:1; we keep them at text level to stay bright. */
const MIN_ICON_CONTRAST = MIN_TEXT_CONTRAST;
/** Borders are graphics: WCAG 1.4.11 non-text contrast. */
const MIN_STROKE_CONTRAST = 3;

/** What an accent is derived against. */
export interface AccentBase {
  background: string;
  nodeFill: string;
  groupTint: number;
}

/** Paints for one accent colour: a tinted group fill, and text/icon colours that stay readable. */
export function deriveAccent(color: string, base: AccentBase): AccentPaint {
  const stroke = ensureContrast(toHex(parseHex(color)), base.background, MIN_STROKE_CONTRAST);
  const groupFill = mix(base.background, stroke, base.groupTint);
  return {
    stroke,
    groupFill,
    groupText: ensureContrast(stroke, groupFill, MIN_TEXT_CONTRAST),
    icon: ensureContrast(stroke, base.nodeFill, MIN_ICON_CONTRAST),
  };
}

/** Paints for every slot of a palette. */
export function deriveAccents(palette: Record<AccentSlot, string>, base: AccentBase): Record<AccentSlot, AccentPaint> {
  const entries = ACCENT_SLOTS.map((slot) => [slot, deriveAccent(palette[slot], base)] as const);
  return Object.fromEntries(entries) as Record<AccentSlot, AccentPaint>;
}

/**
 * deriveAccents on first call, then the same paints: for a built-in theme's `accents` getter.
 * Every theme is defined as the CLI starts, and each derivation is ~1 ms of colour arithmetic and
 * ~50 KB of garbage before V8 optimises anything; a render uses one theme.
 */
export function accentsOnFirstUse(palette: Record<AccentSlot, string>, base: AccentBase): () => Record<AccentSlot, AccentPaint> {
  let accents: Record<AccentSlot, AccentPaint> | null = null;
  return () => (accents ??= deriveAccents(palette, base));
}

/** True for the names of the accent slots. */
export function isAccentSlot(color: string): color is AccentSlot {
  return (ACCENT_SLOTS as readonly string[]).includes(color);
}

/** The paints for a group/node colour: a slot name or `#rrggbb`; anything else falls back to green. */
export function accentPaint(theme: Theme, color: string): AccentPaint {
  if (isAccentSlot(color)) return theme.accents[color];
  if (isHex(color)) return deriveAccent(color, accentBase(theme));
  return theme.accents.green;
}

/** The tokens of a theme that accents are derived against. */
export function accentBase(theme: Theme): AccentBase {
  return { background: theme.background, nodeFill: theme.node.fill, groupTint: theme.groupTint };
}
