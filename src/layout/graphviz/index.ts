// The Graphviz engine: dot places the boxes (ranks, order, coordinates, groups as clusters), our
// router draws orthogonal edges over them. A model it cannot route cleanly gets null, and the
// caller falls back to ELK (layout/index.ts).
import type { Model } from '../../model/types.js';
import type { Scene } from '../../scene/types.js';
import { fitBounds } from '../bounds.js';
import { frameBody } from '../frame.js';
import { polish } from '../polish.js';
import { rounded } from '../round.js';
import { type Score, beats, sceneScore } from '../score.js';
import { cardsOf } from '../sizing.js';
import { fromDotJson } from './apply.js';
import { DOT_SPACING, dotNames, toDot } from './dot-source.js';
import { runDot } from './invoke.js';
import { expand, separateGroups } from './expand.js';
import { type RouteStyle, routeBody } from './route.js';
import type { Placement } from './apply.js';

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
  const placed = fromDotJson(model, cards, names, await runDot(toDot(model, cards, names, DOT_SPACING.ranksep)));
  if (!placed) return null;
  const spaced = separateGroups(model, placed);
  const tries = ROUTE_STYLES.map((style) => routed(model, spaced, style)).filter((s): s is Scene => s !== null);
  return tries.reduce<{ scene: Scene; score: Score } | null>((best, scene) => {
    const score = sceneScore(scene);
    return score[0] === 0 && (!best || beats(score, best.score)) ? { scene, score } : best;
  }, null)?.scene ?? null;
}

/** Both ways of choosing stations are tried; the scene with fewer crossings (then shorter edges) wins. */
const ROUTE_STYLES: readonly RouteStyle[] = ['straight', 'dot'];

function routed(model: Model, start: Placement, style: RouteStyle): Scene | null {
  let placed = start;
  for (let tries = 0; tries <= MAX_WIDENINGS; tries++) {
    const body = routeBody(model, placed, style);
    if (!body) return null;
    if (!('short' in body)) return rounded(frameBody(model, polish(fitBounds(body))));
    placed = expand(model, placed, body.at, body.short);
  }
  return null;
}
