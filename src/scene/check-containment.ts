// Every group, node and their labels must sit inside the canvas and inside their parent group.
import type { Box, Scene, SceneGroup } from './types.js';
import { type Defect, defect } from './defect.js';
import { isInside } from './geometry.js';
import { type Element, elementsById } from './hierarchy.js';

function inCanvas(o: Element, canvas: Box): Defect[] {
  const found: Defect[] = [];
  if (!isInside(o, canvas)) found.push(defect('outsideCanvas', `${o.id} leaves the canvas`));
  if (!isInside(o.label, canvas)) found.push(defect('outsideCanvas', `label of ${o.id} leaves the canvas`));
  return found;
}

function inParent(o: Element, byId: Map<string, Element>): Defect[] {
  if (!o.parent) return [];
  const p = byId.get(o.parent);
  if (!p) return [defect('outsideParent', `${o.id} has unknown parent ${o.parent}`)];
  const found: Defect[] = [];
  if (!isInside(o, p)) found.push(defect('outsideParent', `${o.id} sticks out of group ${o.parent}`));
  if (!isInside(o.label, p)) found.push(defect('outsideParent', `label of ${o.id} sticks out of group ${o.parent}`));
  return found;
}

/** Px a group's title keeps from its frame's sides: closer, the text reads as cut off by the line. */
const TITLE_INSET = 8;

function titleFramed(g: SceneGroup): Defect[] {
  const left = g.label.x - g.x, right = g.x + g.width - (g.label.x + g.label.width);
  return Math.min(left, right) < TITLE_INSET ? [defect('outsideParent', `title of group ${g.id} touches its frame`)] : [];
}

/** Boxes and labels escaping the canvas or their group, and group titles on their own frame. */
export function findEscapes(scene: Scene): Defect[] {
  const byId = elementsById(scene);
  const canvas = { x: 0, y: 0, width: scene.width, height: scene.height };
  return [...[...scene.groups, ...scene.nodes].flatMap((o) => [...inCanvas(o, canvas), ...inParent(o, byId)]), ...scene.groups.flatMap(titleFramed)];
}
