// Beyond the shared tool: an edge must not run under a group title or another edge's label,
// since titles and label pills are drawn over the lines and would hide or strike them.
import type { Box, Scene, SceneEdge } from './types.js';
import { type Defect, defect } from './defect.js';
import { segmentHitsBox, shrink } from './geometry.js';

interface Named { name: string; owner: string | null; box: Box }

function runsThrough(e: SceneEdge, box: Box): boolean {
  const inner = shrink(box, 1);
  return e.points.some((p, k) => {
    const q = e.points[k + 1];
    return q !== undefined && segmentHitsBox(p, q, inner);
  });
}

function labels(scene: Scene): Named[] {
  return [
    ...scene.groups.map((g) => ({ name: `title of group ${g.id}`, owner: null, box: g.label })),
    ...scene.edges.flatMap((e) => (e.label ? [{ name: `label of edge ${e.id}`, owner: e.id, box: e.label }] : [])),
  ];
}

/** Edges running through a group title or through the label of another edge. */
export function findEdgesThroughLabels(scene: Scene): Defect[] {
  const all = labels(scene);
  return scene.edges.flatMap((e) => all
    .filter((l) => l.owner !== e.id && l.box.width > 0 && runsThrough(e, l.box))
    .map((l) => defect('edgeThroughLabel', `edge ${e.id} runs through the ${l.name}`)));
}
