// Where the horizontal stretch of each edge runs inside a channel between two rows: in an
// order that crosses the fewest vertical stretches, spaced apart, off group borders and titles.
import type { Box } from '../../scene/types.js';
import { byCodeUnits } from '../../compare.js';

/**
 * One edge's horizontal stretch inside a channel, and the vertical stretches at its ends: `up` the
 * x's where it rises to the row above, `down` where it falls to the row below. An edge passing
 * from one row to the next has one of each; an edge between two boxes of one row (a U under or
 * over the row) has two of one kind.
 */
export interface Jog {
  id: string;
  up: number[];
  down: number[];
}

/** The jog of an edge that comes in from above at `upper` and goes on down at `lower`. */
export const passing = (id: string, upper: number, lower: number): Jog => ({ id, up: [upper], down: [lower] });

const spanOf = (j: Jog): [number, number] => [Math.min(...j.up, ...j.down), Math.max(...j.up, ...j.down)];

type Interval = [number, number];

/** Px between parallel stretches, and between a stretch and the rows. */
export const TRACK = { gap: 10, margin: 12, border: 5 } as const;

// Crossings if `a` runs above `b`: a's stretches down meet b's track, b's stretches up meet a's;
// where a goes down at the x where b comes up, the two would share a line. `inB`/`inA`: whether an
// x lies strictly inside b's or a's span.
const SHARED = 100;
const costAbove = (a: Jog, b: Jog, inB: (x: number) => boolean, inA: (x: number) => boolean): number =>
  a.down.filter(inB).length + b.up.filter(inA).length
  + SHARED * a.down.filter((x) => b.up.some((y) => Math.abs(x - y) < 1)).length;

/**
 * The jogs top to bottom: each time the one that crosses least by going above all that remain
 * (the first in id order on a tie). The pair costs are counted once and each jog's sum kept up to
 * date as jogs leave, O(n²) instead of recounting every sum for every pick (O(n³)): every channel
 * is ordered again for each station style and each time the router widens one.
 */
export function orderJogs(jogs: readonly Jog[]): Jog[] {
  const left = [...jogs].sort((a, b) => byCodeUnits(a.id, b.id));
  const spans = left.map(spanOf);
  const inside = (x: number, k: number): boolean => x > spans[k]![0] && x < spans[k]![1];
  const above = left.map((a, i) => left.map((b, k) => (i === k ? 0 : costAbove(a, b, (x) => inside(x, k), (x) => inside(x, i)))));
  const sums = above.map((row) => row.reduce((s, c) => s + c, 0));
  const remaining = left.map((_, i) => i);
  const out: Jog[] = [];
  while (remaining.length) {
    let at = 0;
    for (let r = 1; r < remaining.length; r++) if (sums[remaining[r]!]! < sums[remaining[at]!]!) at = r;
    const [best] = remaining.splice(at, 1) as [number];
    out.push(left[best]!);
    for (const i of remaining) sums[i]! -= above[i]![best]!;
  }
  return out;
}

/** A group's frame, for the bands a jog keeps off; `own` when it holds an end of the jog's edge. */
export interface Frame {
  box: Box;
  own: boolean;
}

/** Where a jog may not run: `hard` along a group's border or through a title it passes; `soft` inside a group that holds neither end, where it would rather not. */
export interface Bands {
  hard: Interval[];
  soft: Interval[];
}

/** The bands a jog keeps off, given the group frames (as its edge sees them) and the group titles. */
export function forbidden(jog: Jog, frames: readonly Frame[], titles: readonly Box[]): Bands {
  const [lo, hi] = spanOf(jog);
  const meets = (b: Box, pad: number): boolean => hi > b.x - pad && lo < b.x + b.width + pad;
  const b = TRACK.border;
  const met = frames.filter((f) => meets(f.box, 2));
  return {
    hard: [
      ...met.flatMap(({ box: f }): Interval[] => [[f.y - b, f.y + b], [f.y + f.height - b, f.y + f.height + b]]),
      ...titles.filter((t) => meets(t, 6)).map((t): Interval => [t.y - b, t.y + t.height + b]),
    ],
    soft: met.filter((f) => !f.own).map(({ box: f }): Interval => [f.y - b, f.y + f.height + b]),
  };
}

function firstFree(y: number, bands: readonly Interval[]): number {
  let at = y;
  // Indexed, not `for (const [a, b] of bands)`: destructuring an array runs its iterator, which
  // allocates on every band before V8 optimises (this runs for every jog of every routing try).
  for (let moved = true; moved;) {
    moved = false;
    for (let i = 0; i < bands.length; i++) {
      const band = bands[i]!;
      if (at > band[0] && at < band[1]) { at = band[1]; moved = true; }
    }
  }
  return at;
}

/**
 * Track y of each jog (in the given order) in the channel [top, bottom], kept off every jog's soft
 * bands where they fit and off its hard bands always; or how many px the channel lacks.
 */
export function placeTracks(order: readonly Jog[], top: number, bottom: number, bands: ReadonlyMap<string, Bands>): Map<string, number> | { short: number } {
  const lo = top + TRACK.margin, hi = bottom - TRACK.margin;
  const attempt = (ideal: (i: number) => number, soft: boolean): Map<string, number> => {
    const out = new Map<string, number>();
    let prev = -Infinity;
    for (const [i, jog] of order.entries()) {
      const b = bands.get(jog.id);
      prev = firstFree(Math.max(ideal(i), prev + TRACK.gap, lo), [...(b?.hard ?? []), ...(soft ? b?.soft ?? [] : [])]);
      out.set(jog.id, prev);
    }
    return out;
  };
  const fits = (m: Map<string, number>): boolean => [...m.values()].every((y) => y <= hi);
  const spaced = (i: number): number => lo + ((hi - lo) * (i + 1)) / (order.length + 1);
  for (const soft of [true, false]) {
    for (const ideal of [spaced, () => lo]) {
      const placed = attempt(ideal, soft);
      if (fits(placed)) return placed;
    }
  }
  return { short: Math.ceil(Math.max(...attempt(() => lo, false).values()) - hi) + TRACK.gap };
}
