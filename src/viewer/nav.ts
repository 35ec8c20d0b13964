// Arrow keys move between nodes: to the nearest node in that direction, favouring ones straight ahead.
import type { SceneNode } from '../scene/types.js';

export type Heading = 'up' | 'down' | 'left' | 'right';

const AXES: Record<Heading, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/** The node an arrow key goes to from `from`, or null when there is none that way. */
export function nextNode(nodes: readonly SceneNode[], from: SceneNode, heading: Heading): SceneNode | null {
  const [ax, ay] = AXES[heading];
  let best: SceneNode | null = null;
  let bestCost = Infinity;
  for (const n of nodes) {
    const dx = centre(n).x - centre(from).x, dy = centre(n).y - centre(from).y;
    const ahead = dx * ax + dy * ay;
    const aside = Math.abs(dx * ay - dy * ax);
    // Only nodes within about 60° either side of straight ahead count; sideways costs twice as much as ahead.
    if (n === from || ahead <= 0 || aside > ahead * 2) continue;
    const cost = ahead + 2 * aside;
    if (cost < bestCost) (best = n), (bestCost = cost);
  }
  return best;
}

const centre = (n: SceneNode): { x: number; y: number } => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
