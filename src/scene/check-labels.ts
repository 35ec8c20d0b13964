// Boxes that must not overlap: nodes, node labels, group titles and edge labels.
import type { Box, Scene } from './types.js';
import { type Defect, defect } from './defect.js';
import { overlapArea } from './geometry.js';

type ItemKind = 'node' | 'nlabel' | 'glabel' | 'elabel';
interface Item { kind: ItemKind; id: string; box: Box }

function labelItems(scene: Scene): Item[] {
  const items: Item[] = [];
  for (const n of scene.nodes) {
    items.push({ kind: 'node', id: n.id, box: n });
    if (n.label.width > 0) items.push({ kind: 'nlabel', id: n.id, box: n.label });
  }
  for (const g of scene.groups) if (g.label.width > 0) items.push({ kind: 'glabel', id: g.id, box: g.label });
  for (const e of scene.edges) if (e.label && e.label.width > 0) items.push({ kind: 'elabel', id: e.id, box: e.label });
  return items;
}

function classify(a: Item, b: Item): Defect {
  if (a.kind === 'node' && b.kind === 'node') return defect('nodeOverlaps', `node ${a.id} overlaps node ${b.id}`);
  const [edge, other] = a.kind === 'elabel' ? [a, b] : [b, a];
  if (edge.kind === 'elabel') return defect('edgeLabelOverlaps', `edge label ${edge.id} overlaps ${other.kind} ${other.id}`);
  return defect('labelOverlaps', `${a.kind} ${a.id} overlaps ${b.kind} ${b.id}`);
}

/** Overlaps among nodes and every label; an element's own label on itself is fine. */
export function findLabelOverlaps(scene: Scene): Defect[] {
  const items = labelItems(scene);
  const found: Defect[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!, b = items[j]!;
      if (a.id !== b.id && overlapArea(a.box, b.box) > 0) found.push(classify(a, b));
    }
  }
  return found;
}
