// The icon gallery page (`neonarch icons --gallery`): every entry as a small node card in every theme.
// Standalone: one inline SVG of <symbol>s (each glyph once), inline CSS, no external request.
import { TECH_CATEGORIES, type Tech } from '../catalog/index.js';
import { galleryCard, type GalleryPaint } from './gallery-card.js';
import { GALLERY_CSS } from './gallery-css.js';
import { escapeHtml } from '../escape.js';
import { getGlyph } from './lookup.js';

/** A theme's colours as the gallery needs them (the CLI maps src/theme's Theme onto this). */
export interface GalleryTheme {
  name: string;
  description: string;
  background: string;
  title: string;
  node: { fill: string; label: string; sublabel: string; radius: number; strokeWidth: number };
  /** The theme's accent paints, in slot order; entries cycle through them by category. */
  accents: readonly GalleryPaint[];
  glow: boolean;
}

/** The marker of a file neonarch wrote, passed in by the caller (it lives in the CLI's output rules). */
export function galleryPage(techs: readonly Tech[], themes: readonly GalleryTheme[], mark: string): string {
  const icons = [...new Set(techs.map((t) => t.icon))].sort();
  const title = `neonarch technology catalog — ${techs.length} entries in ${themes.length} themes`;
  return [
    '<!DOCTYPE html>',
    `<!-- ${mark}: the technology catalog, every entry in every theme -->`,
    '<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escapeHtml(title)}</title><style>${GALLERY_CSS}</style></head><body>`,
    symbols(icons),
    `<header><h1>${escapeHtml(title)}</h1><nav>${themes.map((t) => `<a href="#theme-${escapeHtml(t.name)}">${escapeHtml(t.name)}</a>`).join(' ')}</nav></header>`,
    ...themes.map((theme) => themeSection(techs, theme)),
    '</body></html>',
    '',
  ].join('\n');
}

function symbols(icons: readonly string[]): string {
  const defs = icons.map((id) => {
    const glyph = getGlyph(id);
    return glyph ? `<symbol id="g-${escapeHtml(id)}" viewBox="${escapeHtml(glyph.viewBox)}" overflow="visible">${glyph.body}</symbol>` : '';
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="defs" aria-hidden="true">${defs.join('')}</svg>`;
}

function themeSection(techs: readonly Tech[], theme: GalleryTheme): string {
  const vars = { bg: theme.background, title: theme.title, fill: theme.node.fill, label: theme.node.label, sub: theme.node.sublabel };
  const style = `${Object.entries(vars).map(([k, v]) => `--${k}:${v}`).join(';')};--radius:${theme.node.radius}px;--border:${theme.node.strokeWidth}px`;
  // Each category keeps its accent whatever the filter, so every accent of the theme shows up.
  const groups = TECH_CATEGORIES.map((category, i) => {
    const members = techs.filter((t) => t.category === category);
    if (!members.length) return '';
    const paint = theme.accents[i % theme.accents.length]!;
    const cards = members.map((t) => galleryCard(t, paint, theme.glow)).join('');
    return `<h3>${escapeHtml(category)} <small>${members.length}</small></h3><div class="grid">${cards}</div>`;
  });
  const head = `<h2>${escapeHtml(theme.name)}</h2><p>${escapeHtml(theme.description)}</p>`;
  return `<section class="theme" id="theme-${escapeHtml(theme.name)}" data-theme="${escapeHtml(theme.name)}" style="${escapeHtml(style)}">${head}${groups.filter(Boolean).join('\n')}</section>`;
}
