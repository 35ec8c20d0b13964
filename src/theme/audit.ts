import { EDGE_KINDS } from '../model/types.js';
import { mix } from './color.js';
import { contrastRatio, MIN_TEXT_CONTRAST } from './contrast.js';
import { ACCENT_SLOTS, type Theme } from './types.js';

/** WCAG 1.4.11: borders, lines and icons against what is behind them. */
export const MIN_GRAPHIC_CONTRAST = 3;

/** A foreground token drawn on a background token, and the contrast it needs. */
export interface ContrastPair {
  fg: string;
  bg: string;
  fgColor: string;
  bgColor: string;
  min: number;
}

/** A pair below its minimum. */
export interface ContrastIssue extends ContrastPair {
  ratio: number;
}

function pair(fg: string, fgColor: string, bg: string, bgColor: string, min: number): ContrastPair {
  return { fg, bg, fgColor, bgColor, min };
}

/** Every text token with every background it can sit on. */
export function textPairs(t: Theme): ContrastPair[] {
  const T = MIN_TEXT_CONTRAST;
  return [
    pair('title', t.title, 'background', t.background, T),
    pair('subtitle', t.subtitle, 'background', t.background, T),
    pair('node.label', t.node.label, 'node.fill', t.node.fill, T),
    pair('node.sublabel', t.node.sublabel, 'node.fill', t.node.fill, T),
    pair('edgeLabel.text', t.edgeLabel.text, 'edgeLabel.fill', t.edgeLabel.fill, T),
    pair('legend.text', t.legend.text, 'legend.fill', t.legend.fill, T),
    ...ACCENT_SLOTS.map((s) => pair(`accents.${s}.groupText`, t.accents[s].groupText, `accents.${s}.groupFill`, t.accents[s].groupFill, T)),
    ...findingPairs(t),
    ...gridPairs(t),
  ];
}

// A finding's number sits in its badge: on the badge fill, or (an error's solid badge) on the finding colour.
function findingPairs(t: Theme): ContrastPair[] {
  const { color, fill, text } = t.finding;
  return [pair('finding.text', text, 'finding.fill', fill, MIN_TEXT_CONTRAST), pair('finding.fill', fill, 'finding.color', color, MIN_TEXT_CONTRAST)];
}

/** Every fifth grid line is a major one, drawn twice as strong (the darkest a text can sit on). */
export function majorGridOpacity(grid: NonNullable<Theme['grid']>): number {
  return Math.min(1, grid.opacity * 2);
}

// Title and description sit on the bare canvas, so on a grid theme they also cross its lines.
function gridPairs(t: Theme): ContrastPair[] {
  if (!t.grid) return [];
  const line = mix(t.background, t.grid.color, majorGridOpacity(t.grid));
  return [pair('title', t.title, 'grid', line, MIN_TEXT_CONTRAST), pair('subtitle', t.subtitle, 'grid', line, MIN_TEXT_CONTRAST)];
}

/** Icons, borders and edge lines with what is behind them. */
export function graphicPairs(t: Theme): ContrastPair[] {
  const G = MIN_GRAPHIC_CONTRAST;
  const icons = ACCENT_SLOTS.map((s) => pair(`accents.${s}.icon`, t.accents[s].icon, 'node.fill', t.node.fill, MIN_TEXT_CONTRAST));
  const strokes = ACCENT_SLOTS.map((s) => pair(`accents.${s}.stroke`, t.accents[s].stroke, 'background', t.background, G));
  const edges = EDGE_KINDS.flatMap((k) => [
    pair(`edges.${k}`, t.edges[k].color, 'background', t.background, G),
    ...ACCENT_SLOTS.map((s) => pair(`edges.${k}`, t.edges[k].color, `accents.${s}.groupFill`, t.accents[s].groupFill, G)),
  ]);
  const finding = [
    pair('finding.color', t.finding.color, 'background', t.background, G),
    ...ACCENT_SLOTS.map((s) => pair('finding.color', t.finding.color, `accents.${s}.groupFill`, t.accents[s].groupFill, G)),
  ];
  return [...icons, ...strokes, ...edges, ...finding];
}

/** Every pair of the theme that falls below its minimum contrast; empty means readable. */
export function contrastIssues(theme: Theme): ContrastIssue[] {
  return [...textPairs(theme), ...graphicPairs(theme)]
    .map((p) => ({ ...p, ratio: contrastRatio(p.fgColor, p.bgColor) }))
    .filter((p) => p.ratio < p.min);
}
