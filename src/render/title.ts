import type { Scene } from '../scene/types.js';
import { lineHeight } from '../text/measure.js';
import { TYPE_SCALE, type Theme } from '../theme/index.js';
import { baseline, textLine } from './text.js';
import { el } from './xml.js';

/** The title band: the first line of `titleLabel` large, the description lines under it. */
export function drawTitle(scene: Scene, theme: Theme): string {
  const box = scene.titleLabel;
  const [first, ...rest] = box.lines;
  if (first === undefined) return '';
  const big = TYPE_SCALE.title;
  const small = TYPE_SCALE.description;
  const height = lineHeight(big) + rest.length * lineHeight(small);
  const top = box.y + Math.max(0, (box.height - height) / 2);
  const title = textLine(first, box.x, baseline(top, big), big, theme.title, 'start');
  const below = top + lineHeight(big);
  const desc = rest.map((l, i) => textLine(l, box.x, baseline(below + i * lineHeight(small), small), small, theme.subtitle, 'start'));
  return el('g', { class: 'title' }, title + desc.join(''));
}
