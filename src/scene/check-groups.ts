// Groups must not overlap their siblings, and nodes must stay off groups they do not belong to.
import type { Scene } from './types.js';
import { type Defect, defect } from './defect.js';
import { overlapArea } from './geometry.js';
import { ancestorsOf, elementsById } from './hierarchy.js';

/** Overlapping unrelated groups, and nodes over a foreign group. */
export function findGroupOverlaps(scene: Scene): Defect[] {
  const byId = elementsById(scene);
  const found: Defect[] = [];
  const { groups } = scene;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!, b = groups[j]!;
      const nested = ancestorsOf(byId, a.id).has(b.id) || ancestorsOf(byId, b.id).has(a.id);
      if (!nested && overlapArea(a, b) > 0) found.push(defect('groupOverlaps', `group ${a.id} overlaps group ${b.id}`));
    }
  }
  for (const n of scene.nodes) {
    const own = ancestorsOf(byId, n.id);
    for (const g of groups) {
      if (!own.has(g.id) && overlapArea(n, g) > 0) found.push(defect('groupOverlaps', `node ${n.id} overlaps foreign group ${g.id}`));
    }
  }
  return found;
}
