// ELK layout options: the knobs of the layered algorithm, tuned on the example diagrams.
import type { LayoutOptions as ElkOptions } from 'elkjs/lib/elk-api.js';
import type { Direction } from '../../model/types.js';

const ELK_DIRECTION: Record<Direction, string> = { down: 'DOWN', right: 'RIGHT', up: 'UP', left: 'LEFT' };

/** Spacing in px; ELK reads these on every graph that has children. */
export const SPACING: ElkOptions = {
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.componentComponent': '48',
};

/**
 * Options of the whole diagram. Placement, cycle breaking and (no) model order were chosen by
 * measuring crossings on the examples in all four directions (docs/layout.md).
 */
export function rootOptions(direction: Direction): ElkOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': ELK_DIRECTION[direction],
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.randomSeed': '1',
    'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.cycleBreaking.strategy': 'GREEDY',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    ...SPACING,
  };
}

/** Options of an edge label: centred on its edge, the line running through it. */
export const LABEL_OPTIONS: ElkOptions = {
  'elk.edgeLabels.placement': 'CENTER',
  'elk.edgeLabels.inline': 'true',
};

/** Options of a node: its ports stay on the sides given, ELK orders them. */
export const NODE_OPTIONS: ElkOptions = { 'elk.portConstraints': 'FIXED_SIDE' };
