// The project's own geometry audit of a scene: same categories and tolerances as the
// shared scene-check tool, plus the title band, the legend, lines under labels, lines on lines and finding badges.
import type { Scene } from './types.js';
import { DEFECT_KINDS, type Defect, type DefectKind } from './defect.js';
import { findLabelOverlaps } from './check-labels.js';
import { findGroupOverlaps } from './check-groups.js';
import { findEscapes } from './check-containment.js';
import { countCrossings, findEdgeDefects } from './check-edges.js';
import { findFrameDefects } from './check-frame.js';
import { findEdgesThroughLabels } from './check-edge-labels.js';
import { findSharedLines } from './check-edge-overlaps.js';
import { findFindingDefects } from './check-findings.js';

export type { DefectKind } from './defect.js';

/** Counts per defect kind, edge crossings (not a defect), the first messages and the total. */
export type SceneReport = Record<DefectKind, number> & {
  nodes: number;
  groups: number;
  edges: number;
  edgeCrossings: number;
  samples: string[];
  defects: number;
};

const MAX_SAMPLES = 12;

/** Audits a scene's geometry; `defects` is 0 for a clean diagram. */
export function checkScene(scene: Scene): SceneReport {
  const found: Defect[] = [
    ...findLabelOverlaps(scene), ...findGroupOverlaps(scene), ...findEscapes(scene),
    ...findEdgeDefects(scene), ...findFrameDefects(scene), ...findEdgesThroughLabels(scene),
    ...findSharedLines(scene), ...findFindingDefects(scene),
  ];
  const counts = Object.fromEntries(DEFECT_KINDS.map((k) => [k, found.filter((d) => d.kind === k).length]));
  return {
    nodes: scene.nodes.length, groups: scene.groups.length, edges: scene.edges.length,
    ...(counts as Record<DefectKind, number>),
    edgeCrossings: countCrossings(scene),
    samples: found.slice(0, MAX_SAMPLES).map((d) => d.message),
    defects: found.length,
  };
}
