// Rule findings on the diagram (`render --findings`): a red halo round the nodes and edges involved,
// numbered badges, and the numbered rows of the legend. All '' for a scene without findings.
import { BADGE_TEXT } from '../layout/finding-badges.js';
import { shapeOutline } from '../layout/shapes/index.js';
import type { Box, Scene, SceneFinding } from '../scene/types.js';
import { lineHeight } from '../text/measure.js';
import { TYPE_SCALE, type Theme } from '../theme/index.js';
import { drawGlowPaths } from './glow.js';
import { distinctPoints, roundedPath } from './path.js';
import { pathData } from './shapes/path-data.js';
import { baseline, textBlock, textLine } from './text.js';
import { el } from './xml.js';

/** How far (px) the halo reaches out from a node's outline, and from an edge's line (edges run close together). */
const HALO = { node: 12, edge: 6 } as const;
const EDGE_CORNER = 8;

/**
 * The halo round one outline, drawn in every theme, glow or not: it is what marks a finding.
 * Two glows of interleaved reach, half as strong each, so the light fades smoothly rather than in rings.
 */
function halo(pieces: readonly string[], spread: number, theme: Theme): string {
  const pass = (reach: number) => drawGlowPaths(pieces, theme.finding.color, { ...theme, glow: { enabled: true, strength: theme.finding.glow / 2, spread: reach } });
  return pass(spread) + pass(spread * 0.8);
}

/** The theme a node is drawn in: without its accent glow when a finding names it, so its red halo stays red. */
export function nodeTheme(scene: Scene, id: string, theme: Theme): Theme {
  const named = scene.findings?.some((f) => f.nodes.includes(id));
  return named ? { ...theme, glow: { ...theme.glow, enabled: false } } : theme;
}

/** The red halo under every node and edge a finding names, each once; drawn under edges and nodes. */
export function drawFindingHalos(scene: Scene, theme: Theme): string {
  const findings = scene.findings ?? [];
  if (!findings.length) return '';
  const nodes = new Set(findings.flatMap((f) => f.nodes)), edges = new Set(findings.flatMap((f) => f.edges));
  const around = scene.nodes.filter((n) => nodes.has(n.id)).map((n) => halo(shapeOutline(n.shape, n).map((p) => pathData(p)), HALO.node, theme));
  const along = scene.edges.filter((e) => edges.has(e.id)).map((e) => halo([roundedPath(distinctPoints(e.points), EDGE_CORNER)], HALO.edge, theme));
  return el('g', { class: 'finding-halos' }, [...along, ...around].join(''));
}

/** One badge: a circle (a pill for two digits) with the finding's number; solid for errors, a ring for warnings, dashed for notes. */
export function drawBadge(box: Box, finding: SceneFinding, theme: Theme): string {
  const { color, fill, text } = theme.finding;
  const solid = finding.severity === 'error';
  const shape = el('rect', {
    x: box.x, y: box.y, width: box.width, height: box.height, rx: box.height / 2, fill: solid ? color : fill,
    stroke: color, 'stroke-width': 1.5, 'stroke-dasharray': finding.severity === 'note' ? '2.5 2' : null,
  });
  const top = box.y + (box.height - lineHeight(BADGE_TEXT)) / 2;
  const number = textLine(String(finding.number), box.x + box.width / 2, baseline(top, BADGE_TEXT), BADGE_TEXT, solid ? fill : text, 'middle');
  return el('g', { class: 'finding-badge', 'data-finding': finding.number, 'data-severity': finding.severity }, shape + number);
}

/** Every finding's badges on the diagram, over edges, nodes and edge labels. */
export function drawBadges(scene: Scene, theme: Theme): string {
  const findings = scene.findings ?? [];
  if (!findings.length) return '';
  return el('g', { class: 'findings' }, findings.flatMap((f) => f.badges.map((b) => drawBadge(b, f, theme))).join(''));
}

/** The legend's rows: each finding's badge and what it says. */
export function drawFindingRows(scene: Scene, theme: Theme): string {
  return (scene.findings ?? []).map((f) => {
    const label = textBlock(f.row.label, TYPE_SCALE.legend, theme.legend.text, 'start');
    return el('g', { class: 'legend-finding', 'data-finding': f.number }, drawBadge(f.row.badge, f, theme) + label);
  }).join('');
}
