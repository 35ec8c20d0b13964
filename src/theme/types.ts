import type { EdgeKind } from '../model/types.js';

/** The named accent colours a group or node may use; any `#rrggbb` works too. */
export const ACCENT_SLOTS = [
  'green', 'magenta', 'cyan', 'yellow', 'orange', 'purple', 'blue', 'red', 'pink', 'teal',
] as const;
export type AccentSlot = (typeof ACCENT_SLOTS)[number];

/** Everything drawn in one accent colour, already contrast-checked. */
export interface AccentPaint {
  /** The accent itself: group and node borders, glow. */
  stroke: string;
  /** Background of a group in this accent. */
  groupFill: string;
  /** Group title text, readable on `groupFill`. */
  groupText: string;
  /** Icon tint, bright enough on the node fill. */
  icon: string;
}

/** How one kind of edge is stroked. */
export interface EdgeStyle {
  color: string;
  width: number;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  /** Round caps turn a `0 x` dash into dots. */
  cap: 'butt' | 'round';
}

/** A palette of colour tokens; sizes of text are the same in every theme (see typography.ts). */
export interface Theme {
  name: string;
  description: string;
  /** Canvas colour behind everything. */
  background: string;
  title: string;
  subtitle: string;
  node: { fill: string; label: string; sublabel: string; strokeWidth: number; radius: number };
  group: { strokeWidth: number; radius: number; strokeOpacity: number };
  /** The base colour of each accent slot (the reference neon palette in dark-neon). */
  palette: Record<AccentSlot, string>;
  /** How much of the accent tints a group's fill, 0..1. */
  groupTint: number;
  accents: Record<AccentSlot, AccentPaint>;
  edges: Record<EdgeKind, EdgeStyle>;
  edgeLabel: { text: string; fill: string; strokeOpacity: number };
  legend: { fill: string; stroke: string; text: string };
  /** A soft halo around node cards: how far it reaches (px) and how bright it starts (0..1). */
  glow: { enabled: boolean; strength: number; spread: number };
  /**
   * Rule findings drawn on the diagram (`render --findings`): `color` for the halo around the nodes and
   * edges involved and the badge ring, `fill` inside a badge, `text` its number; `glow` the halo's strength 0..1.
   */
  finding: { color: string; fill: string; text: string; glow: number };
  /** A faint square grid on the canvas (blueprint paper): line colour, cell size (px), opacity; absent for none. */
  grid?: { color: string; size: number; opacity: number };
}
