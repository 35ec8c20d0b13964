// One thing a reader of the picture would suffer from, found by the scene check.
export type DefectKind =
  | 'nodeOverlaps' | 'labelOverlaps' | 'edgeLabelOverlaps' | 'edgeThroughNode' | 'outsideParent'
  | 'outsideCanvas' | 'detachedEdgeEnds' | 'groupOverlaps' | 'frameDefects' | 'edgeThroughLabel' | 'edgeOverlaps';

export const DEFECT_KINDS: readonly DefectKind[] = [
  'nodeOverlaps', 'labelOverlaps', 'edgeLabelOverlaps', 'edgeThroughNode', 'outsideParent',
  'outsideCanvas', 'detachedEdgeEnds', 'groupOverlaps', 'frameDefects', 'edgeThroughLabel', 'edgeOverlaps',
];

export interface Defect {
  kind: DefectKind;
  message: string;
}

/** Shorthand for building a defect. */
export function defect(kind: DefectKind, message: string): Defect {
  return { kind, message };
}
