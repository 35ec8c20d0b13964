// The findings listed in the legend, under its edge kinds: one numbered row each, long messages wrapped.
import type { Box, FindingRow, Point, SceneLabel } from '../scene/types.js';
import { lineHeight, measureText, wrapText } from '../text/measure.js';
import { TYPE_SCALE } from '../theme/index.js';
import { BADGE, badgeWidth } from './finding-badges.js';

/** Row metrics in px: side padding, badge-to-text gap, space between rows, padding above the first and below the last. */
export const ROWS = { pad: 12, gap: 8, between: 6, top: 8, bottom: 10 } as const;

/** Longest line (px) a row's text wraps at, however wide the diagram. */
export const MAX_ROW_TEXT = 720;

/** What a row says: which rule, how bad, and the finding's message. */
export function rowText(ruleId: string, severity: string, message: string): string {
  return `${ruleId} (${severity}) — ${message}`;
}

const STYLE = TYPE_SCALE.legend;

function wrapped(text: string, at: Point, width: number): SceneLabel {
  const lines = wrapText(text, STYLE, width);
  return { text, lines, ...at, width: Math.max(...lines.map((l) => measureText(l, STYLE))), height: lines.length * lineHeight(STYLE) };
}

/** One row from its top-left corner: the badge centred on the first line of text. */
function row(number: number, text: string, at: Point, column: number, textWidth: number): FindingRow {
  const lh = lineHeight(STYLE);
  const labelTop = at.y + Math.max(0, (BADGE.height - lh) / 2);
  const label = wrapped(text, { x: at.x + ROWS.pad + column + ROWS.gap, y: labelTop }, textWidth);
  const badge = { x: at.x + ROWS.pad + (column - badgeWidth(number)) / 2, y: labelTop + lh / 2 - BADGE.height / 2, width: badgeWidth(number), height: BADGE.height };
  const bottom = Math.max(badge.y + badge.height, label.y + label.height);
  return { x: at.x, y: at.y, width: label.x + label.width + ROWS.pad - at.x, height: bottom - at.y, badge, label };
}

/** Rows for the texts, numbered from 1 and stacked from `at`; the text wraps at `textWidth`. */
export function findingRows(texts: readonly string[], at: Point, textWidth: number): FindingRow[] {
  const column = Math.max(...texts.map((_, i) => badgeWidth(i + 1)));
  const rows: FindingRow[] = [];
  let y = at.y;
  texts.forEach((text, i) => {
    rows.push(row(i + 1, text, { x: at.x, y }, column, textWidth));
    y = rows[i]!.y + rows[i]!.height + ROWS.between;
  });
  return rows;
}

/** The room the rows take, from their first top to their last bottom and their widest right end. */
export function rowsExtent(rows: readonly FindingRow[], at: Point): Box {
  const last = rows[rows.length - 1];
  return { ...at, width: Math.max(0, ...rows.map((r) => r.x + r.width - at.x)), height: last ? last.y + last.height - at.y : 0 };
}
