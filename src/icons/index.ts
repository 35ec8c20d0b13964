// Public entry of the icons stage: the generated glyph table, looked up by id, and the gallery page.
export type { Glyph } from './glyph.js';
export { allGlyphs, getGlyph } from './lookup.js';
export { galleryPage, type GalleryTheme } from './gallery.js';
export type { GalleryPaint } from './gallery-card.js';
export { escapeHtml } from '../escape.js';
