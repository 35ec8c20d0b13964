// The title band at the top: the title on one line, the description wrapped under it.
import type { Model } from '../model/types.js';
import type { SceneLabel } from '../scene/types.js';
import { type FontStyle, lineHeight, measureText, wrapText } from '../text/measure.js';
import { TYPE_SCALE } from '../theme/index.js';

/** Bounds (px) of the description's line length, whatever the diagram's width. */
const DESCRIPTION_WIDTH = { min: 480, max: 960 } as const;

/** Wraps into as few lines as `maxWidth` allows, then evens them out (no one-word last line). */
export function balancedWrap(text: string, style: FontStyle, maxWidth: number): string[] {
  const count = wrapText(text, style, maxWidth).length;
  let [lo, hi] = [0, maxWidth];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapText(text, style, mid).length <= count) hi = mid;
    else lo = mid;
  }
  return wrapText(text, style, hi);
}

/**
 * The description's lines the last title band wrapped, by text and room: a layout frames each of
 * its routing tries (three station styles, and again after a widening) and the room is the same
 * whenever the diagram is wider than DESCRIPTION_WIDTH.max, while a balanced wrap measures the text
 * a dozen times over (~1–3 ms a model before V8 optimises it).
 */
let lastWrap: { text: string; room: number; lines: string[] } | null = null;

function descriptionLines(text: string, room: number): string[] {
  if (lastWrap?.text !== text || lastWrap.room !== room) lastWrap = { text, room, lines: balancedWrap(text, TYPE_SCALE.description, room) };
  return [...lastWrap.lines];
}

/** The title band at the origin; the description wraps to about the diagram's width. */
export function titleBand(model: Model, diagramWidth: number): SceneLabel {
  const room = Math.min(DESCRIPTION_WIDTH.max, Math.max(DESCRIPTION_WIDTH.min, diagramWidth));
  const description = model.description ? descriptionLines(model.description, room) : [];
  const widths = [measureText(model.title, TYPE_SCALE.title), ...description.map((l) => measureText(l, TYPE_SCALE.description))];
  const height = lineHeight(TYPE_SCALE.title) + description.length * lineHeight(TYPE_SCALE.description);
  return { text: model.title, lines: [model.title, ...description], x: 0, y: 0, width: Math.max(...widths), height };
}
