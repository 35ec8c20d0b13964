// Ports fix where edges meet a node. Every edge enters its target through one port per edge
// kind, on the side facing the flow: edges of a kind merge into one arrow (a clean fan-in)
// while kinds never share a line. An edge that runs against the flow (it closes a cycle) is
// handed to ELK turned round, from its target's downstream side to its source's upstream
// side, and turned back afterwards: it takes the short way back instead of looping round
// the whole diagram, and ELK sees no cycle to break.
import type { ElkPort } from 'elkjs/lib/elk-api.js';
import type { Direction, Edge, EdgeKind, Model } from '../../model/types.js';
import { EDGE_KINDS } from '../../model/types.js';
import { byCodeUnits } from '../../compare.js';
import { portKey } from './ids.js';

type Side = 'upstream' | 'downstream';
type Role = 'in' | 'back-in' | 'back-out';

const ELK_SIDE: Record<Direction, Record<Side, string>> = {
  down: { upstream: 'NORTH', downstream: 'SOUTH' },
  up: { upstream: 'SOUTH', downstream: 'NORTH' },
  right: { upstream: 'WEST', downstream: 'EAST' },
  left: { upstream: 'EAST', downstream: 'WEST' },
};

const SIDE_OF: Record<Role, Side> = { in: 'upstream', 'back-in': 'downstream', 'back-out': 'upstream' };

/** Where ELK's edge starts and ends: a port id, or null to attach to the node itself. */
export function edgeEnds(edge: Edge, backward: boolean): { source: string | null; target: string } {
  if (!backward) return { source: null, target: portKey(edge.to, 'in', edge.kind) };
  return { source: portKey(edge.to, 'back-in', edge.kind), target: portKey(edge.from, 'back-out', edge.kind) };
}

function roleOf(edge: Edge, nodeId: string, backward: ReadonlySet<string>): Role | null {
  const back = backward.has(edge.id);
  if (edge.to === nodeId) return back ? 'back-in' : 'in';
  return edge.from === nodeId && back ? 'back-out' : null;
}

/** The ports of one node: one per role and edge kind it has. */
export function nodePorts(model: Model, nodeId: string, backward: ReadonlySet<string>): ElkPort[] {
  const roles = new Map<string, { role: Role; kind: EdgeKind }>();
  for (const e of model.edges) {
    const role = roleOf(e, nodeId, backward);
    if (role) roles.set(portKey(nodeId, role, e.kind), { role, kind: e.kind });
  }
  const order = (k: EdgeKind): number => EDGE_KINDS.indexOf(k);
  return [...roles].sort(([a, x], [b, y]) => order(x.kind) - order(y.kind) || byCodeUnits(a, b)).map(([id, { role }]) => ({
    id, width: 0, height: 0, layoutOptions: { 'elk.port.side': ELK_SIDE[model.direction][SIDE_OF[role]] },
  }));
}
