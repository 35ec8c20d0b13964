import type { ModelPlace } from '../server/index.js';

/** The page of a model on the site. */
export const pageFile = (id: string): string => `${id}.html`;

/** The drawing of a model in a theme, as SVG or PNG. */
export const drawingFile = (id: string, theme: string, ext: 'svg' | 'png'): string => `${id}.${theme}.${ext}`;

/** Where a model's files are on the site: every file sits flat next to index.html, so relative links just work. */
export function placeOnSite(id: string, file: string, png: boolean): ModelPlace {
  return { id, file, png: (theme) => (png ? drawingFile(id, theme, 'png') : null), svg: () => null, linkBase: '' };
}
