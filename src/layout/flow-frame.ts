// A frame of reference where the flow always runs down: geometry is turned into it, worked
// on with one set of rules, and turned back. Each map is its own inverse's mirror image.
import type { Direction } from '../model/types.js';
import type { Box, Point } from '../scene/types.js';

/** A point seen with the flow running down the page. */
export function toFlow(p: Point, direction: Direction): Point {
  switch (direction) {
    case 'down': return p;
    case 'up': return { x: p.x, y: -p.y };
    case 'right': return { x: p.y, y: p.x };
    case 'left': return { x: p.y, y: -p.x };
  }
}

/** A point in the flow frame taken back to the page. */
export function fromFlow(p: Point, direction: Direction): Point {
  switch (direction) {
    case 'down': return p;
    case 'up': return { x: p.x, y: -p.y };
    case 'right': return { x: p.y, y: p.x };
    case 'left': return { x: -p.y, y: p.x };
  }
}

// A box's corners taken through a point map, as a box again.
function mapBox(b: Box, map: (p: Point) => Point): Box {
  const a = map({ x: b.x, y: b.y });
  const c = map({ x: b.x + b.width, y: b.y + b.height });
  return { x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), width: Math.abs(c.x - a.x), height: Math.abs(c.y - a.y) };
}

/** A box seen with the flow running down the page. */
export function boxToFlow(b: Box, direction: Direction): Box {
  return mapBox(b, (p) => toFlow(p, direction));
}

/** A box in the flow frame taken back to the page. */
export function boxFromFlow(b: Box, direction: Direction): Box {
  return mapBox(b, (p) => fromFlow(p, direction));
}
