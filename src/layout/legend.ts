// The legend: one item per edge kind the diagram uses, side by side in one short box.
import { EDGE_KINDS, type EdgeKind } from '../model/types.js';
import type { Box, LegendItem, SceneEdge } from '../scene/types.js';
import { lineHeight, measureText } from '../text/measure.js';
import { TYPE_SCALE } from '../theme/index.js';

/** What each edge kind means, in the reader's words. */
export const LEGEND_TEXT: Record<EdgeKind, string> = { request: 'Request flow', data: 'Data access', telemetry: 'Telemetry' };

/** Legend metrics in px: the line sample, sample-to-text gap, space between items, vertical padding. */
export const LEGEND = { sample: 36, gap: 8, between: 24, padY: 6 } as const;

export type Legend = Box & { items: LegendItem[] };

function itemWidth(item: LegendItem): number {
  return LEGEND.sample + LEGEND.gap + measureText(item.text, TYPE_SCALE.legend);
}

/** The legend at the origin, or null when the diagram has no edges. */
export function legendBox(edges: readonly SceneEdge[]): Legend | null {
  const used = new Set(edges.map((e) => e.kind));
  const items = EDGE_KINDS.filter((k) => used.has(k)).map((kind) => ({ kind, text: LEGEND_TEXT[kind] }));
  if (items.length === 0) return null;
  return { x: 0, y: 0, ...kindsSize(items), items };
}

/** The size of the row of edge kinds: items side by side (0 × 0 without items). */
export function kindsSize(items: readonly LegendItem[]): { width: number; height: number } {
  if (items.length === 0) return { width: 0, height: 0 };
  const width = items.reduce((sum, it) => sum + itemWidth(it), 0) + (items.length + 1) * LEGEND.between;
  // shorter than two text lines, so renderers set the items side by side
  return { width, height: lineHeight(TYPE_SCALE.legend) + 2 * LEGEND.padY };
}

/** Where a legend's row of edge kinds is drawn: the whole box, or its top band when findings are listed under it. */
export function kindsBand(legend: Legend, findings: boolean): Box {
  const { x, y, width, height } = legend;
  return findings ? { x, y, ...kindsSize(legend.items) } : { x, y, width, height };
}
