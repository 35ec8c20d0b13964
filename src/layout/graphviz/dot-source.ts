// Step 1 of 3: Model → DOT text. Graphviz places boxes of our measured sizes: nodes are fixed-size
// boxes, group titles and edge labels fixed-size HTML tables, so dot reserves exactly their room.
// Ids are indices (n0, cluster_0, e0): no user text reaches the DOT parser.
import type { Direction, Model } from '../../model/types.js';
import type { Card } from '../sizing.js';
import { GROUP, edgeLabel, groupMinWidth, groupTitle } from '../label-sizing.js';

const RANKDIR: Record<Direction, string> = { down: 'TB', up: 'BT', right: 'LR', left: 'RL' };

/** Space between boxes in px, across the flow and along it (expand.ts widens single channels later). */
export const DOT_SPACING = { nodesep: 52, ranksep: 44, groupMargin: 16 } as const;

const inches = (px: number): string => (px / 72).toFixed(4);

/** The room (px) an empty group keeps under its title. */
const EMPTY_GROUP = { width: 120, height: 24 } as const;

/** An HTML label that takes exactly `width` × `height` points and shows nothing. */
function room(width: number, height: number): string {
  return `<<TABLE FIXEDSIZE="TRUE" WIDTH="${Math.ceil(width)}" HEIGHT="${Math.ceil(height)}" BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD></TD></TR></TABLE>>`;
}

/** The names dot knows each model object by. */
export interface DotNames {
  nodes: Map<string, string>;
  groups: Map<string, string>;
  edges: Map<string, string>;
}

/** Index-based DOT names for the model's nodes, groups and edges. */
export function dotNames(model: Model): DotNames {
  return {
    nodes: new Map(model.nodes.map((n, i) => [n.id, `n${i}`])),
    groups: new Map(model.groups.map((g, i) => [g.id, `cluster_${i}`])),
    edges: new Map(model.edges.map((e, i) => [e.id, `e${i}`])),
  };
}

function contents(model: Model, cards: ReadonlyMap<string, Card>, names: DotNames, parent: string | null, indent: string): string[] {
  const groups = model.groups.filter((g) => g.parent === parent).flatMap((g) => {
    const title = groupTitle(g);
    // dot pads a cluster's contents by its margin but not its label: the label's room carries the
    // title's side padding on both ends, so a group no wider than its title still frames it.
    const label = room(groupMinWidth(g), GROUP.titleTop + title.height + GROUP.titleGap - DOT_SPACING.groupMargin);
    const inside = contents(model, cards, names, g.id, `${indent}  `);
    // dot leaves out a cluster with nothing in it; an invisible box keeps an empty group on the page.
    const keep = inside.length ? [] : [`${indent}  ${names.groups.get(g.id)}_empty [width=${inches(EMPTY_GROUP.width)}, height=${inches(EMPTY_GROUP.height)}, style=invis];`];
    return [`${indent}subgraph ${names.groups.get(g.id)} {`, `${indent}  label=${label}; margin=${DOT_SPACING.groupMargin};`, ...inside, ...keep, `${indent}}`];
  });
  const nodes = model.nodes.filter((n) => n.parent === parent).map((n) => {
    const card = cards.get(n.id)!;
    return `${indent}${names.nodes.get(n.id)} [width=${inches(card.width)}, height=${inches(card.height)}];`;
  });
  return [...groups, ...nodes];
}

/** The DOT graph of a model; `ranksep` in px. */
export function toDot(model: Model, cards: ReadonlyMap<string, Card>, names: DotNames, ranksep: number): string {
  const edges = model.edges.map((e) => {
    const label = edgeLabel(e);
    const attrs = [`id=${names.edges.get(e.id)}`, ...(label ? [`label=${room(label.width, label.height)}`] : [])];
    return `  ${names.nodes.get(e.from)} -> ${names.nodes.get(e.to)} [${attrs.join(', ')}];`;
  });
  return [
    'digraph neonarch {',
    `  rankdir=${RANKDIR[model.direction]}; splines=polyline; nodesep=${inches(DOT_SPACING.nodesep)}; ranksep=${inches(ranksep)};`,
    `  labeljust=l; labelloc=${model.direction === 'up' ? 'b' : 't'}; margin=0; pad=0;`,
    '  node [shape=box, fixedsize=true, label="", margin=0];',
    '  edge [arrowhead=none];',
    ...contents(model, cards, names, null, '  '),
    ...edges,
    '}',
  ].join('\n');
}
