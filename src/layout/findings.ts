// `render --findings`: rule findings put on a laid-out scene. Each gets a number, a badge at the node
// or edge it is about, and a row in the legend; the page grows to hold the rows, nothing else moves.
import type { Finding } from '../rules/index.js';
import type { FindingBadge, FindingRow, Scene, SceneEdge, SceneFinding, SceneNode } from '../scene/types.js';
import { badgeWidth, placeBadges } from './finding-badges.js';
import { type Anchor, roomOf, taken } from './finding-room.js';
import { MAX_ROW_TEXT, ROWS, findingRows, rowText, rowsExtent } from './finding-rows.js';
import { PAGE, wholePixels } from './frame.js';
import { type Legend, kindsSize } from './legend.js';
import { rounded } from './round.js';

/** Narrowest room (px) the rows get on a narrow page; the page widens to fit. */
const MIN_ROOM = 360;

/** The scene with the findings on it, numbered from 1 in the order given (checkRules sorts them). */
export function withFindings(scene: Scene, findings: readonly Finding[]): Scene {
  const framed = findings.length ? withRows(scene, findings) : { scene, rows: [] };
  const badges = placeAll(framed.scene, findings);
  const list = findings.map((f, i) => sceneFinding(f, i + 1, badges.get(i + 1) ?? [], framed.rows[i]!));
  return rounded({ ...framed.scene, findings: list });
}

function sceneFinding(f: Finding, number: number, badges: FindingBadge[], row: FindingRow): SceneFinding {
  return { number, ruleId: f.ruleId, severity: f.severity, message: f.message, nodes: [...f.nodes], edges: [...f.edges], badges, row };
}

/** Where a finding's badge goes: on the edge when it is about one edge, else at its first node. */
function anchorOf(f: Finding, scene: Scene): Anchor | null {
  const edge = scene.edges.find((e) => e.id === f.edges[0]);
  if (edge && f.edges.length === 1 && f.nodes.every((n) => n === edge.from || n === edge.to)) return { node: null, edge: edge.id };
  if (scene.nodes.some((n) => n.id === f.nodes[0])) return { node: f.nodes[0]!, edge: null };
  return edge ? { node: null, edge: edge.id } : null;
}

/** Findings' numbers by the node or edge their badge goes to, in the order first met. */
function byAnchor(scene: Scene, findings: readonly Finding[]): { anchor: Anchor; numbers: number[] }[] {
  const at = new Map<string, { anchor: Anchor; numbers: number[] }>();
  findings.forEach((f, i) => {
    const anchor = anchorOf(f, scene);
    const key = anchor ? `${anchor.node ?? ''}|${anchor.edge ?? ''}` : null;
    if (key && anchor) at.set(key, { anchor, numbers: [...(at.get(key)?.numbers ?? []), i + 1] });
  });
  return [...at.values()];
}

/** Badges by finding number, placed one node or edge after another; findings at the same one share a row. */
function placeAll(scene: Scene, findings: readonly Finding[]): Map<number, FindingBadge[]> {
  let room = roomOf(scene);
  const placed = new Map<number, FindingBadge[]>();
  for (const { anchor, numbers } of byAnchor(scene, findings)) {
    const target: SceneNode | SceneEdge = anchor.node ? scene.nodes.find((n) => n.id === anchor.node)! : scene.edges.find((e) => e.id === anchor.edge)!;
    const row = placeBadges(room, anchor, target, numbers);
    room = taken(room, row);
    row.forEach((b, k) => placed.set(numbers[k]!, [b]));
  }
  return placed;
}

/** The legend grown by a row per finding (a legend of its own when the diagram had none), and the page with it. */
function withRows(scene: Scene, findings: readonly Finding[]): { scene: Scene; rows: FindingRow[] } {
  const legend: Legend = scene.legend ?? { x: PAGE.margin, y: scene.height - PAGE.margin + PAGE.beforeLegend, width: 0, height: 0, items: [] };
  const band = kindsSize(legend.items).height;
  const top = { x: legend.x, y: legend.y + (band ? band : ROWS.top) };
  const room = Math.max(MIN_ROOM, scene.width - 2 * PAGE.margin) - 2 * ROWS.pad - ROWS.gap - badgeWidth(findings.length);
  const rows = findingRows(findings.map((f) => rowText(f.ruleId, f.severity, f.message)), top, Math.min(MAX_ROW_TEXT, room));
  const extent = rowsExtent(rows, top);
  const grown = { ...legend, width: Math.max(legend.width, extent.width), height: extent.y + extent.height + ROWS.bottom - legend.y };
  const width = wholePixels(Math.max(scene.width, grown.x + grown.width + PAGE.margin));
  return { scene: { ...scene, width, height: wholePixels(grown.y + grown.height + PAGE.margin), legend: grown }, rows };
}
