// The elkjs engine: transform the model, invoke ELK, apply the result, polish and frame it.
import type { Model } from '../../model/types.js';
import type { Scene } from '../../scene/types.js';
import type { Body } from '../body.js';
import type { LayoutEngine } from '../engine.js';
import { rerouteBackward } from '../back-routes.js';
import { fitBounds } from '../bounds.js';
import { frameBody } from '../frame.js';
import { clearTitle, titlesToWiden } from '../group-titles.js';
import { polish } from '../polish.js';
import { rounded } from '../round.js';
import { beats, scoreOf } from '../score.js';
import { cardsOf } from '../sizing.js';
import { fromElkGraph } from './apply.js';
import { backwardEdges } from './backward.js';
import { runElk } from './invoke.js';
import { type Hints, toElkGraph } from './transform.js';

interface Attempt { hints: Hints; body: Body }

async function attempt(model: Model, hints: Hints): Promise<Attempt> {
  const result = await runElk(toElkGraph(model, hints));
  return { hints, body: polish(fromElkGraph(model, hints.cards, result, hints.backward)) };
}

function better(model: Model, a: Body, b: Body): Body {
  return beats(scoreOf(model, a), scoreOf(model, b)) ? a : b;
}

// Edges that ran backward between siblings are tried again handed to ELK turned round; the
// better layout stays. (Between groups ELK routes through the groups' flow-side borders
// whatever the ports say; those edges are left to the side-lane router instead.)
async function settleBackward(model: Model, first: Attempt): Promise<Attempt> {
  const backward = backwardEdges(first.body, model.direction, true);
  if (backward.size === 0) return first;
  const turned = await attempt(model, { ...first.hints, backward });
  return better(model, turned.body, first.body) === turned.body ? turned : first;
}

// Edges still running backward get a side-lane route where that is better than ELK's.
function straighten(model: Model, body: Body): Body {
  const backward = backwardEdges(body, model.direction);
  if (backward.size === 0) return body;
  const routed = fitBounds(rerouteBackward(body, backward, model.direction));
  return better(model, { ...routed, groups: routed.groups.map((g) => clearTitle(g, routed.edges)) }, body);
}

// Groups whose title still lies on a line are widened in a last layout.
async function layoutBody(model: Model): Promise<Body> {
  const first = await attempt(model, { cards: cardsOf(model), widen: new Map(), backward: new Set() });
  const { hints, body } = await settleBackward(model, first);
  const straight = straighten(model, body);
  const widen = titlesToWiden(straight.groups, straight.edges);
  return widen.size ? straighten(model, (await attempt(model, { ...hints, widen })).body) : straight;
}

/** Eclipse Layout Kernel's layered algorithm: nested groups, orthogonal edges. */
export const elkEngine: LayoutEngine = {
  name: 'elk',
  async layout(model: Model): Promise<Scene> {
    return rounded(frameBody(model, await layoutBody(model)));
  },
};
