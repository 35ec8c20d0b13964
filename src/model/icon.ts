import type { Diagnostic } from '../diagnostics/types.js';
import { error, warning } from '../diagnostics/make.js';
import { closest } from '../diagnostics/suggest.js';
import { allGlyphs, getGlyph } from '../icons/index.js';
import { findTech } from '../catalog/index.js';
import type { SourceScalar } from '../parse/index.js';
import { assetPath, type AssetRef } from './asset-path.js';

/** The prefix of the icon id of a user's icon file: `file:assets/x.svg`. */
export const FILE_ICON_PREFIX = 'file:';

const ICON_FILE = /\.(svg|png)$/i;
const PATH_LIKE = /[\\/]|^\.|\.[a-z0-9]{2,4}$/i;

/** What a node's `icon:` sets: the icon id it draws and, for a file, where that file is. */
export interface IconFields {
  icon?: string;
  iconFile?: AssetRef;
}

/** A node's `icon:`: a shipped icon id (or a technology's), or an .svg/.png file in the model's folder. */
export function resolveIcon(scalar: SourceScalar | null): { fields: IconFields; diagnostics: Diagnostic[] } {
  const word = typeof scalar?.value === 'string' ? scalar.value.trim() : '';
  if (!scalar || word === '') return { fields: {}, diagnostics: [] };
  return PATH_LIKE.test(word) ? iconFile(word, scalar) : shippedIcon(word, scalar);
}

function iconFile(word: string, scalar: SourceScalar): { fields: IconFields; diagnostics: Diagnostic[] } {
  const { path, diagnostics } = assetPath(word, scalar.span, 'icon');
  if (!path) return { fields: {}, diagnostics };
  if (!ICON_FILE.test(path)) {
    return { fields: {}, diagnostics: [error('bad-icon', `icon "${word}" is not an .svg or .png file`, scalar.span, 'use an SVG (best: it stays sharp) or a PNG file')] };
  }
  return { fields: { icon: `${FILE_ICON_PREFIX}${path}`, iconFile: { path, span: scalar.span } }, diagnostics: [] };
}

function shippedIcon(word: string, scalar: SourceScalar): { fields: IconFields; diagnostics: Diagnostic[] } {
  // A technology's name works too (`icon: postgres`): it draws that technology's icon.
  const id = getGlyph(word)?.id ?? findTech(word)?.icon ?? null;
  if (id) return { fields: { icon: id }, diagnostics: [] };
  const [near] = closest(word, allGlyphs().map((g) => g.id), 1);
  const hint = `${near ? `did you mean "${near}"? ` : ''}\`neonarch icons WORD\` searches the shipped icons; a file works too, e.g. ./assets/${word}.svg`;
  return { fields: {}, diagnostics: [warning('unknown-icon', `unknown icon "${word}"`, scalar.span, hint)] };
}
