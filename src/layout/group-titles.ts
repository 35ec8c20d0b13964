// Group titles slide along the top of their frame to a stretch no edge runs through:
// edges entering a group from above would otherwise strike the title out.
import type { Point, SceneEdge, SceneGroup } from '../scene/types.js';
import { GROUP } from './label-sizing.js';

/** Space (px) kept between a title and a line passing it. */
const CLEARANCE = 8;

type Span = [number, number];

function blockedSpans(g: SceneGroup, edges: readonly SceneEdge[]): Span[] {
  const top = g.label.y, bottom = g.label.y + g.label.height;
  const crosses = (p: Point, q: Point): boolean => Math.max(p.y, q.y) > top && Math.min(p.y, q.y) < bottom;
  return edges.flatMap((e) => e.points.slice(1).flatMap((q, k): Span[] => {
    const p = e.points[k]!;
    return crosses(p, q) ? [[Math.min(p.x, q.x) - CLEARANCE, Math.max(p.x, q.x) + CLEARANCE]] : [];
  }));
}

/** The leftmost x in [from, to - width] where [x, x + width] meets no blocked span, or null. */
export function freeSlot(spans: readonly Span[], from: number, to: number, width: number): number | null {
  const starts = [from, ...spans.map(([, end]) => end)].filter((x) => x >= from).sort((a, b) => a - b);
  return starts.find((x) => x + width <= to && spans.every(([a, b]) => b <= x || a >= x + width)) ?? null;
}

function isClear(g: SceneGroup, edges: readonly SceneEdge[]): boolean {
  const { x, width } = g.label;
  return blockedSpans(g, edges).every(([a, b]) => b <= x || a >= x + width);
}

/** How far the children must move right for the title to fit left of every line entering them. */
function shiftNeeded(g: SceneGroup, edges: readonly SceneEdge[]): number {
  const left = g.x + GROUP.side;
  const starts = blockedSpans(g, edges).filter(([, end]) => end > left).map(([start]) => start);
  return Math.max(0, left + g.label.width - Math.min(...starts));
}

/** Groups whose title still lies on an edge, each with the width that frees its top-left corner. */
export function titlesToWiden(groups: readonly SceneGroup[], edges: readonly SceneEdge[]): Map<string, number> {
  const blocked = groups.filter((g) => !isClear(g, edges));
  return new Map(blocked.map((g) => [g.id, Math.ceil(g.width + shiftNeeded(g, edges))]));
}

/** The group with its title moved to the leftmost free stretch of its top band (kept if none). */
export function clearTitle(g: SceneGroup, edges: readonly SceneEdge[]): SceneGroup {
  const x = freeSlot(blockedSpans(g, edges), g.x + GROUP.side, g.x + g.width - GROUP.side, g.label.width);
  return x === null || x === g.label.x ? g : { ...g, label: { ...g.label, x } };
}

/**
 * Where a group whose title no free stretch of its top band can hold needs room, and how much: a
 * vertical line at `x` (page coordinates) to open up by `by` px, widening the gap between two
 * lines entering it (or between a line and the frame) that is closest to the title's width; the
 * leftmost such gap on a tie. Null when the title is clear.
 */
export function titleRoom(g: SceneGroup, edges: readonly SceneEdge[]): { x: number; by: number } | null {
  if (isClear(g, edges)) return null;
  const left = g.x + GROUP.side, right = g.x + g.width - GROUP.side;
  const spans = blockedSpans(g, edges).filter(([a, b]) => b > left && a < right).sort(([a], [b]) => a - b);
  // The free stretches between the lines, each with the x just before the line that ends it.
  const gaps: { from: number; to: number; x: number }[] = [];
  let from = left;
  for (const [a, b] of spans) {
    if (a > from) gaps.push({ from, to: a, x: a - 1 });
    from = Math.max(from, b);
  }
  gaps.push({ from, to: Math.max(from, right), x: Math.max(from, right) - 1 });
  const need = (gap: { from: number; to: number }): number => Math.ceil(g.label.width - (gap.to - gap.from));
  const best = gaps.reduce((a, b) => (need(b) < need(a) ? b : a));
  return { x: best.x, by: Math.max(1, need(best)) };
}
