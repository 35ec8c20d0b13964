// Frames a laid-out body: title band on top, legend under it, margins all round.
// Engine-independent, so every layout engine produces the same kind of page.
import type { Model } from '../model/types.js';
import type { Scene } from '../scene/types.js';
import { type Body, moveEdge, moveGroup, moveNode, shifted } from './body.js';
import { legendBox } from './legend.js';
import { titleBand } from './title.js';

/** Page metrics in px: outer margin and the gaps between title, diagram and legend. */
export const PAGE = { margin: 32, afterTitle: 28, beforeLegend: 28 } as const;

/**
 * A page side in whole pixels, rounded up (the rest is margin): a PNG at a whole scale is then
 * exactly that scale, and can be drawn in strips (render/png-raster.ts).
 */
export const wholePixels = (side: number): number => Math.ceil(side - 1e-6);

/** The whole scene: the body centred under the title band, the legend below it. */
export function frameBody(model: Model, body: Body): Scene {
  const title = titleBand(model, body.width);
  const legend = legendBox(body.edges);
  const inner = Math.max(body.width, title.width, legend?.width ?? 0);
  const dx = PAGE.margin + (inner - body.width) / 2;
  const dy = PAGE.margin + title.height + PAGE.afterTitle;
  const legendY = dy + body.height + PAGE.beforeLegend;
  return {
    version: 1, title: model.title, description: model.description, direction: model.direction,
    width: wholePixels(inner + 2 * PAGE.margin),
    height: wholePixels((legend ? legendY + legend.height : dy + body.height) + PAGE.margin),
    titleLabel: shifted(title, PAGE.margin, PAGE.margin),
    legend: legend ? shifted(legend, PAGE.margin, legendY) : null,
    groups: body.groups.map((g) => moveGroup(g, dx, dy)),
    nodes: body.nodes.map((n) => moveNode(n, dx, dy)),
    edges: body.edges.map((e) => moveEdge(e, dx, dy)),
  };
}
