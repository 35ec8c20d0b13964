// Step 3 of 3: dot's JSON → placed boxes. dot's origin is bottom-left with y upwards; ours is
// top-left with y downwards. Edge routes are not taken as drawn: only the line each edge follows
// through the ranks it skips (`path`) and its label's centre, for the orthogonal router.
import type { Model } from '../../model/types.js';
import type { Point, SceneGroup, SceneNode } from '../../scene/types.js';
import type { Card } from '../sizing.js';
import { sceneGroup, sceneNode } from '../body.js';
import type { DotNames } from './dot-source.js';
import type { DotJson } from './invoke.js';

/** Boxes where dot put them, and for each edge dot's line and label centre. */
export interface Placement {
  width: number;
  height: number;
  groups: SceneGroup[];
  nodes: SceneNode[];
  paths: Map<string, { path: Point[]; label: Point | null }>;
}

const numbers = (s: string | undefined): number[] => (s ?? '').split(',').map(Number);

/** The placement of dot's result; null when dot left something out. */
export function fromDotJson(model: Model, cards: ReadonlyMap<string, Card>, names: DotNames, json: DotJson): Placement | null {
  const [, , width = 0, height = 0] = numbers(json.bb);
  const flip = (x: number, y: number): Point => ({ x, y: height - y });
  const objects = new Map((json.objects ?? []).map((o) => [o.name, o]));
  const groups = model.groups.map((g) => {
    const [x1 = NaN, y1 = NaN, x2 = NaN, y2 = NaN] = numbers(objects.get(names.groups.get(g.id)!)?.bb);
    return sceneGroup(model, g, { x: x1, y: height - y2, width: x2 - x1, height: y2 - y1 });
  });
  const nodes = model.nodes.map((n) => {
    const card = cards.get(n.id)!;
    const [x = NaN, y = NaN] = numbers(objects.get(names.nodes.get(n.id)!)?.pos);
    const at = flip(x, y);
    return sceneNode(model, n, card, { x: at.x - card.width / 2, y: at.y - card.height / 2 });
  });
  const byName = new Map((json.edges ?? []).map((e) => [e.id, e]));
  const paths = new Map(model.edges.map((e) => {
    const drawn = byName.get(names.edges.get(e.id)!);
    const path = (drawn?.pos ?? '').split(' ').filter((s) => /^[\d.-]/.test(s)).map((s) => flip(...(numbers(s) as [number, number])));
    const [lx, ly] = numbers(drawn?.lp);
    return [e.id, { path, label: drawn?.lp ? flip(lx!, ly!) : null }];
  }));
  const placed = (b: { x: number; y: number; width: number; height: number }): boolean => Number.isFinite(b.x + b.y + b.width + b.height);
  const complete = [...groups, ...nodes].every(placed) && [...paths.values()].every((p) => p.path.length >= 2);
  return complete ? { width, height, groups, nodes, paths } : null;
}
