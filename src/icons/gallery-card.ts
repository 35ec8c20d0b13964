import type { Tech } from '../catalog/index.js';
import { escapeHtml } from '../escape.js';
import { getGlyph } from './lookup.js';

/** The two colours of an accent a card uses: its border and its icon. */
export interface GalleryPaint {
  stroke: string;
  icon: string;
}

/** One entry as a small node card: tinted icon, label, id, category and default shape; details on hover. */
export function galleryCard(tech: Tech, paint: GalleryPaint, glow: boolean): string {
  const glyph = getGlyph(tech.icon);
  const details = [
    tech.aliases.length ? `aliases: ${tech.aliases.join(', ')}` : 'no aliases',
    glyph ? `icon: ${glyph.source} (${glyph.license})` : 'no icon',
    tech.color ? `brand colour: ${tech.color}` : '',
  ].filter(Boolean).join('\n');
  const style = `--accent:${paint.stroke};--icon:${paint.icon}${glow ? ';--glow:0 0 10px color-mix(in srgb, var(--accent) 35%, transparent)' : ''}`;
  const icon = `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><use href="#g-${escapeHtml(tech.icon)}" width="24" height="24"/></svg>`;
  const text = `<span class="label">${escapeHtml(tech.label)}</span><code>${escapeHtml(tech.id)}</code>`
    + `<span class="meta">${escapeHtml(tech.category)} · ${escapeHtml(tech.shape)}</span>`;
  return `<figure class="card" data-id="${escapeHtml(tech.id)}" title="${escapeHtml(details)}" style="${escapeHtml(style)}">${icon}<figcaption>${text}</figcaption></figure>`;
}
