import { fromHsl, parseHex, toHex, toHsl } from './color.js';

/** WCAG AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour, 0 (black) .. 1 (white). */
export function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x contrast ratio between two colours, 1 .. 21. */
export function contrastRatio(fg: string, bg: string): number {
  const a = luminance(fg);
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * `fg` with its lightness moved away from `bg` in 1% steps until it reaches `min`
 * against `bg` (hue and saturation kept, so the accent stays recognisable).
 */
export function ensureContrast(fg: string, bg: string, min = MIN_TEXT_CONTRAST): string {
  if (contrastRatio(fg, bg) >= min) return fg;
  const hsl = toHsl(parseHex(fg));
  const step = luminance(bg) < 0.18 ? 0.01 : -0.01;
  for (let i = 1; i <= 100; i++) {
    const l = Math.min(1, Math.max(0, hsl.l + i * step));
    const candidate = toHex(fromHsl({ ...hsl, l }));
    if (contrastRatio(candidate, bg) >= min) return candidate;
  }
  // Unreachable from one side (a mid-grey background): the better of black and white.
  return contrastRatio('#ffffff', bg) >= contrastRatio('#000000', bg) ? '#ffffff' : '#000000';
}
