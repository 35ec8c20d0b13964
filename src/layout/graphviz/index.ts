// The Graphviz engine: dot places the boxes (ranks, order, coordinates, groups as clusters), our
// router draws orthogonal edges over them. A model it cannot route cleanly gets null here; the
// engine (engine.ts) then hands it to ELK.
import type { Model } from '../../model/types.js';
import type { Scene } from '../../scene/types.js';
import { fitBounds } from '../bounds.js';
import { frameBody } from '../frame.js';
import { polish } from '../polish.js';
import { rounded } from '../round.js';
import { beats, edgeLength, sceneScore } from '../score.js';
import { checkScene } from '../../scene/check.js';
import { countCrossings } from '../../scene/check-edges.js';
import { ancestorsOf, elementsById } from '../../scene/hierarchy.js';
import { cardsOf } from '../sizing.js';
import { toFlow } from '../flow-frame.js';
import { titleRoom } from '../group-titles.js';
import { fromDotJson } from './apply.js';
import { DOT_SPACING, dotNames, toDot } from './dot-source.js';
import { runDot } from './invoke.js';
import { expand, separateGroups } from './expand.js';
import { routeBody } from './route.js';
import type { StationStyle } from './stations.js';
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
  const best = await bestGraphvizLayout(model);
  return best && best.score[0] === 0 ? best.scene : null;
}

/** A scene and its score: defects, crossings, stretches through foreign groups, edge length (lower is better). */
export interface Scored {
  scene: Scene;
  score: number[];
}

/**
 * The best of the engine's tries, defects or not; null when it could route none. Tries are ranked
 * by crossings, stretches through foreign groups and length, which are cheap to count; the full
 * geometry check runs only until one is clean (the router rarely leaves a defect).
 */
export async function bestGraphvizLayout(model: Model): Promise<Scored | null> {
  if (!graphvizCanDraw(model)) return null;
  const cards = cardsOf(model), names = dotNames(model);
  const placed = fromDotJson(model, cards, names, await runDot(toDot(model, cards, names, DOT_SPACING.ranksep)));
  if (!placed) return null;
  const spaced = separateGroups(model, placed);
  const ranked: Scored[] = [];
  for (const style of STYLES) {
    const scene = routed(model, spaced, style);
    if (!scene) continue;
    const rough = [countCrossings(scene), foreignStretches(scene), Math.round(edgeLength(scene))];
    // Nothing crosses and nothing strays: no other style can do better.
    if (rough[0] === 0 && rough[1] === 0 && checkScene(scene).defects === 0) return { scene, score: [0, ...rough] };
    ranked.push({ scene, score: rough });
  }
  ranked.sort((a, b) => (beats(a.score, b.score) ? -1 : beats(b.score, a.score) ? 1 : 0));
  const checked: Scored[] = [];
  for (const t of ranked) {
    const scored = { scene: t.scene, score: [checkScene(t.scene).defects, ...t.score] };
    if (scored.score[0] === 0) return scored;
    checked.push(scored);
  }
  return checked.reduce<Scored | null>((best, t) => (!best || beats(t.score, best.score) ? t : best), null);
}

/** How good a scene is, lower is better: defects, crossings, stretches through foreign groups, edge length. */
export function scoreOf(model: Model, scene: Scene): number[] {
  const [defects, crossings, length] = sceneScore(scene);
  return [defects, crossings, foreignStretches(scene), length];
}

/** Every way of choosing stations is tried; the scene with fewer crossings, then fewer stretches through foreign groups, then shorter edges wins. */
const STYLES: readonly StationStyle[] = ['straight', 'early', 'dot'];

function routed(model: Model, start: Placement, style: StationStyle): Scene | null {
  let placed = start;
  for (let tries = 0; tries <= MAX_WIDENINGS; tries++) {
    const body = routeBody(model, placed, style);
    if (!body) return null;
    if ('short' in body) {
      placed = expand(model, placed, body.at, body.short);
      continue;
    }
    const polished = polish(body);
    const room = polished.groups.map((g) => titleRoom(g, polished.edges)).find((r) => r !== null);
    if (!room) return rounded(frameBody(model, polish(fitBounds(body))));
    placed = widenForTitle(model, placed, room);
  }
  return null;
}

// Room across the page at the vertical line x, where lines entering a group leave its title no
// stretch of the top band: everything on one side of the line moves apart from the other, and
// the groups the line cuts grow (expand's axis is in the flow frame; a vertical page line is
// across the flow when it runs down or up, along it when it runs sideways).
function widenForTitle(model: Model, placed: Placement, room: { x: number; by: number }): Placement {
  const sideways = model.direction === 'left' || model.direction === 'right';
  const flow = toFlow({ x: room.x, y: 0 }, model.direction);
  return expand(model, placed, sideways ? flow.y : flow.x, room.by, sideways ? 'along' : 'across');
}

// Stretches of edges that run inside a group holding neither of their ends: legal, but a route
// between the frames reads better.
function foreignStretches(scene: Scene): number {
  const byId = elementsById(scene);
  return scene.edges.reduce((sum, e) => {
    const own = new Set([...ancestorsOf(byId, e.from), ...ancestorsOf(byId, e.to)]);
    const foreign = scene.groups.filter((g) => !own.has(g.id));
    return sum + e.points.slice(1).filter((q, k) => {
      const p = e.points[k]!, mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2;
      return foreign.some((g) => mx > g.x && mx < g.x + g.width && my > g.y && my < g.y + g.height);
    }).length;
  }, 0);
}
