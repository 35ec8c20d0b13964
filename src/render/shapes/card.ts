// The plain card, rounded by the theme's own corner radius.
import { roundedRect } from '../../layout/shapes/path.js';
import type { Box } from '../../scene/types.js';
import type { Theme } from '../../theme/index.js';
import type { ShapeArt } from './types.js';
import { pathData } from './path-data.js';

/** A box rounded like the theme's cards. */
export function themedBox(box: Box, theme: Theme): string {
  const r = theme.node.radius;
  return pathData(roundedRect(box, [r, r, r, r]));
}

export const card: ShapeArt = { pieces: (box, theme) => [themedBox(box, theme)] };
