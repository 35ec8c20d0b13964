// Stations: the x an edge keeps in each row it passes.
import type { Direction } from '../../model/types.js';
import type { Box } from '../../scene/types.js';
import { boxToFlow } from '../flow-frame.js';
import { edgeLabel } from '../label-sizing.js';
import { CLEAR, type Course, PASS } from './course.js';
import type { Row } from './rows.js';

/**
 * How an edge's stations are chosen where its rows leave room: `straight` runs on where it already
 * runs (it turns late, near its target), `early` goes where it must end at once (it turns near its
 * source), `dot` keeps the gaps dot chose against crossings.
 */
export type StationStyle = 'straight' | 'early' | 'dot';

// Each station dot gave an edge in a row it passes is moved, where the row leaves room, as the style
// says: every turn saved is a track less in a channel. False when some edge finds no room near its
// station (dot's polyline may cut a corner past a box).
export function straighten(courses: readonly Course[], rows: readonly Row[], nodes: ReadonlySet<Box>, dir: Direction, style: StationStyle): boolean {
  const taken = new Map<number, { x: number; half: number }[]>();
  const half = (c: Course, i: number): number => {
    const size = i === c.label ? edgeLabel(c.edge) : null;
    return size ? boxToFlow({ x: 0, y: 0, width: size.width, height: size.height }, dir).width / 2 : 0;
  };
  const free = (r: number, x: number, h: number): boolean =>
    rows[r]!.boxes.every((b) => !nodes.has(b) || x + h <= b.x - CLEAR || x - h >= b.x + b.width + CLEAR)
    && (taken.get(r) ?? []).every((t) => Math.abs(t.x - x) >= t.half + h + PASS);
  for (const c of courses) {
    const last = c.xs.length - 1;
    for (let i = 1; i < last; i++) {
      const r = c.levels[i]!, h = half(c, i);
      const near = Array.from({ length: 16 }, (_, k) => c.xs[i]! + (k % 2 ? 1 : -1) * PASS * Math.ceil((k + 1) / 2));
      const x = [...preferred(c, i, style), ...near].find((x) => free(r, x, h));
      if (x === undefined) return false;
      c.xs[i] = x;
      taken.set(r, [...(taken.get(r) ?? []), { x, half: h }]);
    }
  }
  return true;
}

function preferred(c: Course, i: number, style: StationStyle): number[] {
  const here = c.xs[i]!, before = c.xs[i - 1]!, end = c.xs[c.xs.length - 1]!;
  return style === 'dot' ? [here] : style === 'early' ? [end, before, here] : [before, end, here];
}
