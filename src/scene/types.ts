import type { NodeShape } from '../catalog/types.js';
import type { Direction, EdgeKind, Link } from '../model/types.js';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text and the box it is drawn in; `lines` are the wrapped lines of `text`. */
export interface SceneLabel extends Box {
  text: string;
  lines: string[];
}

export interface SceneGroup extends Box {
  id: string;
  parent: string | null;
  depth: number;
  color: string;
  label: SceneLabel;
}

export interface SceneNode extends Box {
  id: string;
  parent: string | null;
  /** Accent slot or hex, already inherited from the group when the node has none. */
  color: string;
  /** The outline it is drawn with (docs/shapes.md); its label boxes lie inside that outline. */
  shape: NodeShape;
  tech: string | null;
  techLabel: string | null;
  icon: string | null;
  /** Where the icon is drawn, or null. */
  iconBox: Box | null;
  /** The node's name; `sublabel` is the technology caption under it. */
  label: SceneLabel;
  sublabel: SceneLabel | null;
  description: string | null;
  links: Link[];
  tags: string[];
}

export interface SceneEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  points: Point[];
  label: SceneLabel | null;
}

export interface LegendItem {
  kind: EdgeKind;
  text: string;
}

/** The contract between layout and everything that draws: absolute pixels, origin top-left. */
export interface Scene {
  version: 1;
  title: string;
  description: string | null;
  direction: Direction;
  width: number;
  height: number;
  titleLabel: SceneLabel;
  legend: (Box & { items: LegendItem[] }) | null;
  groups: SceneGroup[];
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** The model's own icon files (`icon: ./assets/x.svg`) by icon id, sanitised; absent when it uses none. */
  icons?: Record<string, SceneIcon>;
  /** Architecture-rule findings drawn on the diagram (`render --findings`); absent otherwise. */
  findings?: SceneFinding[];
}

/** A numbered badge pointing at a finding: at its node's top-right corner or on its edge. */
export interface FindingBadge extends Box {
  /** The node it is pinned to, or null. */
  node: string | null;
  /** The edge it sits on, or null. */
  edge: string | null;
}

/** A finding's row in the legend: its badge and its wrapped text. */
export interface FindingRow extends Box {
  badge: Box;
  label: SceneLabel;
}

/** One finding of the architecture rules, numbered, with the nodes and edges drawn glowing. */
export interface SceneFinding {
  number: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'note';
  message: string;
  nodes: string[];
  edges: string[];
  /** Usually one; none when it names nothing on the diagram. */
  badges: FindingBadge[];
  row: FindingRow;
}

/** A user's icon file made safe to embed: drawn by id like a shipped glyph. */
export interface SceneIcon {
  viewBox: string;
  /** SVG markup of its shapes (no <svg> wrapper), or an <image> with a PNG data: URI. */
  body: string;
  /** One-colour artwork is painted in currentColor so the theme tints it; colourful artwork keeps its colours. */
  tinted: boolean;
}
