import type { Box, LegendItem, Scene } from '../scene/types.js';
import { kindsBand } from '../layout/legend.js';
import { lineHeight, measureText } from '../text/measure.js';
import { TYPE_SCALE, type Theme } from '../theme/index.js';
import { drawFindingRows } from './findings.js';
import { ARROW_LENGTH, markerId } from './markers.js';
import { baseline, textLine } from './text.js';
import { el, num } from './xml.js';

const SAMPLE = 36;
const GAP = 8;
const PAD = 12;
const STYLE = TYPE_SCALE.legend;

/** Where one legend item goes: the left end of its sample line, at its vertical centre. */
interface Slot {
  x: number;
  cy: number;
}

const itemWidth = (item: LegendItem): number => SAMPLE + GAP + measureText(item.text, STYLE);

/** Items stacked when the box is tall enough for one per row, side by side otherwise. */
export function legendSlots(box: Box, items: readonly LegendItem[]): Slot[] {
  const rowH = box.height / Math.max(1, items.length);
  if (items.length > 1 && rowH >= lineHeight(STYLE)) {
    return items.map((_, i) => ({ x: box.x + PAD, cy: box.y + rowH * (i + 0.5) }));
  }
  const spare = box.width - items.reduce((sum, it) => sum + itemWidth(it), 0);
  const gap = Math.max(GAP, spare / (items.length + 1));
  const slots: Slot[] = [];
  let x = box.x + gap;
  for (const it of items) {
    slots.push({ x, cy: box.y + box.height / 2 });
    x += itemWidth(it) + gap;
  }
  return slots;
}

/** The legend: a box with a sample line of each edge kind and what it means, then any findings; '' when there is none. */
export function drawLegend(scene: Scene, theme: Theme): string {
  const legend = scene.legend;
  if (!legend) return '';
  const { fill, stroke, text } = theme.legend;
  const frame = el('rect', { x: legend.x, y: legend.y, width: legend.width, height: legend.height, rx: 8, fill, stroke, 'stroke-width': 1 });
  const slots = legendSlots(kindsBand(legend, Boolean(scene.findings?.length)), legend.items);
  const items = legend.items.map((it, i) => drawItem(it, slots[i]!, theme, text)).join('');
  return el('g', { class: 'legend' }, frame + items + drawFindingRows(scene, theme));
}

function drawItem(item: LegendItem, slot: Slot, theme: Theme, textColor: string): string {
  const s = theme.edges[item.kind];
  const line = el('path', {
    d: `M${num(slot.x)},${num(slot.cy)} H${num(slot.x + SAMPLE - ARROW_LENGTH)}`, fill: 'none', stroke: s.color, 'stroke-width': s.width,
    'stroke-dasharray': s.dash, 'stroke-linecap': s.cap === 'round' ? 'round' : null, 'marker-end': `url(#${markerId(item.kind)})`,
  });
  const label = textLine(item.text, slot.x + SAMPLE + GAP, baseline(slot.cy - lineHeight(STYLE) / 2, STYLE), STYLE, textColor, 'start');
  return el('g', { class: 'legend-item', 'data-kind': item.kind }, line + label);
}
