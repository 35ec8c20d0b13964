/** The theme's accent slots, in the order a theme defines them. */
export const ACCENTS: readonly string[] = ['green', 'magenta', 'cyan', 'yellow', 'orange', 'purple', 'blue', 'red', 'pink', 'teal'];

/** Accents given to top-level groups without a colour, cycling in source order. */
export const GROUP_CYCLE: readonly string[] = ['green', 'magenta', 'cyan'];

/** A `#rrggbb` colour. */
export const HEX_PATTERN = '^#[0-9a-fA-F]{6}$';

/** A colour as the model keeps it: accent names as written, hex in lower case. */
export function normalizeColor(color: string): string {
  return color.startsWith('#') ? color.toLowerCase() : color;
}

/** The accent of the i-th top-level group without its own colour. */
export function cycleColor(index: number): string {
  return GROUP_CYCLE[index % GROUP_CYCLE.length]!;
}
