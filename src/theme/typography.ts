import type { FontStyle } from '../text/measure.js';

/**
 * Text sizes of every diagram element. They do not vary by theme because layout sizes its
 * boxes from them before any theme is chosen; layout and render must agree on them.
 */
export const TYPE_SCALE = {
  title: { size: 22, weight: 600 },
  description: { size: 13, weight: 400 },
  groupLabel: { size: 13, weight: 600 },
  nodeLabel: { size: 14, weight: 600 },
  nodeSublabel: { size: 12, weight: 400 },
  edgeLabel: { size: 11, weight: 400 },
  legend: { size: 12, weight: 400 },
} as const satisfies Record<string, FontStyle>;

export type TextRole = keyof typeof TYPE_SCALE;
