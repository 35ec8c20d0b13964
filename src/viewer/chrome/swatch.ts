// A group's or node's colour as a swatch: accent slots are styled per theme by the CSS, hex colours inline.

/** Attributes that colour a swatch: `data-color` for an accent slot, an inline background for `#rrggbb`. */
export function colorAttrs(color: string): Record<string, string> {
  if (/^#[0-9a-f]{6}$/i.test(color)) return { style: `--swatch:${color}` };
  return /^[a-z]+$/.test(color) ? { 'data-color': color } : {};
}
