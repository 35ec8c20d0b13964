// The title band and the legend must stay clear of the diagram and of each other.
import type { Box, Scene } from './types.js';
import { type Defect, defect } from './defect.js';
import { isInside, overlapArea, segmentHitsBox } from './geometry.js';

interface Named { name: string; box: Box }

function diagramBoxes(scene: Scene): Named[] {
  return [
    ...scene.groups.flatMap((g) => [{ name: `group ${g.id}`, box: g }, { name: `title of group ${g.id}`, box: g.label }]),
    ...scene.nodes.flatMap((n) => [{ name: `node ${n.id}`, box: n }, { name: `label of ${n.id}`, box: n.label }]),
    ...scene.edges.flatMap((e) => (e.label ? [{ name: `label of edge ${e.id}`, box: e.label }] : [])),
  ];
}

function clashes(frame: Named, scene: Scene): Defect[] {
  const boxes = diagramBoxes(scene).filter((o) => overlapArea(frame.box, o.box) > 0);
  const edges = scene.edges.filter((e) => e.points.some((p, k) => {
    const q = e.points[k + 1];
    return q !== undefined && segmentHitsBox(p, q, frame.box);
  }));
  return [
    ...boxes.map((o) => defect('frameDefects', `${frame.name} overlaps ${o.name}`)),
    ...edges.map((e) => defect('frameDefects', `edge ${e.id} runs through the ${frame.name}`)),
  ];
}

/** Title band and legend over anything, over each other, or off the canvas. */
export function findFrameDefects(scene: Scene): Defect[] {
  const canvas = { x: 0, y: 0, width: scene.width, height: scene.height };
  const frames: Named[] = [{ name: 'title', box: scene.titleLabel }];
  if (scene.legend) frames.push({ name: 'legend', box: scene.legend });
  const found = frames.flatMap((f) => clashes(f, scene));
  for (const f of frames) if (!isInside(f.box, canvas)) found.push(defect('frameDefects', `the ${f.name} leaves the canvas`));
  if (scene.legend && overlapArea(scene.titleLabel, scene.legend) > 0) found.push(defect('frameDefects', 'the legend overlaps the title'));
  return found;
}
