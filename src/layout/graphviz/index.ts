// The Graphviz engine: dot places the boxes (ranks, order, coordinates, groups as clusters), our
// router draws orthogonal edges over them. A model it cannot route cleanly gets null, and the
// caller falls back to ELK (layout/index.ts).
import type { Model } from '../../model/types.js';
import type { Scene } from '../../scene/types.js';
import { checkScene } from '../../scene/check.js';
import { fitBounds } from '../bounds.js';
import { frameBody } from '../frame.js';
import { polish } from '../polish.js';
import { rounded } from '../round.js';
import { cardsOf } from '../sizing.js';
import { fromDotJson } from './apply.js';
import { DOT_SPACING, dotNames, toDot } from './dot-source.js';
import { runDot } from './invoke.js';
import { expand } from './expand.js';
import { routeBody } from './route.js';

/** Channels widened at most this many times before the engine gives up on a model. */
const MAX_WIDENINGS = 24;

/** True when the engine can draw the model at all: every edge joins two distinct nodes. */
export function graphvizCanDraw(model: Model): boolean {
  const nodes = new Set(model.nodes.map((n) => n.id));
  return model.nodes.length > 0 && model.edges.every((e) => e.from !== e.to && nodes.has(e.from) && nodes.has(e.to));
}

/** The model laid out by dot and routed orthogonally, or null when no try gives a clean scene. */
export async function layoutWithGraphviz(model: Model): Promise<Scene | null> {
  if (!graphvizCanDraw(model)) return null;
  const cards = cardsOf(model), names = dotNames(model);
  let placed = fromDotJson(model, cards, names, await runDot(toDot(model, cards, names, DOT_SPACING.ranksep)));
  for (let tries = 0; placed && tries <= MAX_WIDENINGS; tries++) {
    const routed = routeBody(model, placed);
    if (!routed) return null;
    if ('short' in routed) {
      placed = expand(model, placed, routed.at, routed.short);
      continue;
    }
    const scene = rounded(frameBody(model, polish(fitBounds(routed))));
    return checkScene(scene).defects === 0 ? scene : null;
  }
  return null;
}
