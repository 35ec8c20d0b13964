// Numbered finding badges: pinned to a node's top-right corner or set on an edge's line,
// moved to the next spot while they would cover anything else.
import type { Box, FindingBadge, Point, SceneEdge } from '../scene/types.js';
import { type FontStyle, measureText } from '../text/measure.js';
import { type Anchor, type Room, isFree } from './finding-room.js';

/** Badge metrics in px: height (a circle for one digit), padding beside the number, gap between badges in a row, clearance kept. */
export const BADGE = { height: 18, pad: 5, gap: 4, clear: 2 } as const;

/** The number in a badge. */
export const BADGE_TEXT: FontStyle = { size: 11, weight: 600 };

/** A badge's width: a circle for one digit, a pill for more. */
export function badgeWidth(n: number): number {
  return Math.max(BADGE.height, Math.ceil(measureText(String(n), BADGE_TEXT)) + 2 * BADGE.pad);
}

const rowWidth = (numbers: readonly number[]): number => numbers.reduce((w, n) => w + badgeWidth(n), 0) + (numbers.length - 1) * BADGE.gap;

/** Top-left corners to try for a row `w` wide at a node: on its top-right corner first, then round the card. */
function nodeSpots(n: Box, w: number): Point[] {
  const h = BADGE.height / 2, r = n.x + n.width, b = n.y + n.height, inset = 4;
  const slide = Array.from({ length: Math.max(0, Math.floor((n.width - w) / 12)) }, (_, k) => ({ x: r - w + h - 12 * (k + 1), y: n.y - h }));
  return [
    { x: r - w + h, y: n.y - h }, { x: r - w - inset, y: n.y + inset }, { x: r - h, y: n.y - h }, { x: n.x - h, y: n.y - h },
    { x: r - w + h, y: b - h }, { x: n.x - h, y: b - h }, { x: r - w - inset, y: b - BADGE.height - inset }, ...slide,
    { x: r + inset, y: n.y }, { x: n.x - w - inset, y: n.y },
  ];
}

// Fractions of an edge's length, the middle first, then alternately either side of it.
const ALONG = [0.5, ...Array.from({ length: 10 }, (_, k) => 0.5 + (k % 2 ? 1 : -1) * 0.04 * (Math.floor(k / 2) + 1))];

/** Top-left corners to try for a row `w` wide centred on an edge's line, its middle first; never on the arrowhead. */
function edgeSpots(e: SceneEdge, w: number): Point[] {
  const lengths = e.points.slice(1).map((q, k) => Math.hypot(q.x - e.points[k]!.x, q.y - e.points[k]!.y));
  const total = lengths.reduce((a, b) => a + b, 0);
  const keep = 16 + w / 2;
  const along = ALONG.map((f) => f * total).filter((d) => d >= keep && d <= total - keep);
  return (along.length ? along : [total / 2]).map((d) => pointAt(e.points, lengths, d)).map((p) => ({ x: p.x - w / 2, y: p.y - BADGE.height / 2 }));
}

function pointAt(points: readonly Point[], lengths: readonly number[], d: number): Point {
  let left = d;
  for (let k = 0; k < lengths.length; k++) {
    const len = lengths[k]!, p = points[k]!, q = points[k + 1]!;
    if (left <= len && len > 0) return { x: p.x + ((q.x - p.x) * left) / len, y: p.y + ((q.y - p.y) * left) / len };
    left -= len;
  }
  return points[points.length - 1]!;
}

function row(numbers: readonly number[], at: Point, anchor: Anchor): FindingBadge[] {
  let x = at.x;
  return numbers.map((n) => {
    const badge = { x, y: at.y, width: badgeWidth(n), height: BADGE.height, ...anchor };
    x += badge.width + BADGE.gap;
    return badge;
  });
}

const grown = (b: Box, d: number): Box => ({ x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d });

/** The badges of the findings numbered `numbers` at one node or edge: the first spot clear of everything, else the first spot. */
export function placeBadges(room: Room, anchor: Anchor, target: Box | SceneEdge, numbers: readonly number[]): FindingBadge[] {
  const w = rowWidth(numbers);
  const spots = 'points' in target ? edgeSpots(target, w) : nodeSpots(target, w);
  const free = spots.find((p) => isFree(room, grown({ ...p, width: w, height: BADGE.height }, BADGE.clear), anchor));
  return row(numbers, free ?? spots[0]!, anchor);
}
