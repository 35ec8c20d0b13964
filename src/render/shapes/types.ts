import type { Box } from '../../scene/types.js';
import type { AccentPaint, Theme } from '../../theme/index.js';

/** How a shape is drawn; its silhouette comes from layout (src/layout/shapes), so edges meet what is drawn. */
export interface ShapeArt {
  /** Silhouette pieces as path data, in drawing order; by default the layout outline. */
  pieces?(box: Box, theme: Theme): string[];
  /** Marks drawn over the silhouette in the accent: a cylinder's rim, a browser's bar. */
  details?(box: Box, paint: AccentPaint, theme: Theme): string;
}
