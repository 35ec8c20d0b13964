// Who contains whom in a scene: the parent chain of groups and nodes.
import type { Scene, SceneGroup, SceneNode } from './types.js';

export type Element = SceneGroup | SceneNode;

/** Groups and nodes by id. */
export function elementsById(scene: Pick<Scene, 'groups' | 'nodes'>): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const g of scene.groups) byId.set(g.id, g);
  for (const n of scene.nodes) byId.set(n.id, n);
  return byId;
}

/** The ids of every group enclosing `id`, innermost first (stops on unknown ids or cycles). */
export function ancestorsOf(byId: Map<string, Element>, id: string): Set<string> {
  const found = new Set<string>();
  let cur = byId.get(id)?.parent ?? null;
  while (cur && !found.has(cur)) {
    found.add(cur);
    cur = byId.get(cur)?.parent ?? null;
  }
  return found;
}
