// The files a model names beside itself — icon files and its own theme — read, checked and attached.
import type { Diagnostic, Result } from './diagnostics/types.js';
import type { Model } from './model/types.js';
import type { Scene } from './scene/types.js';
import { parseDocument } from './parse/index.js';
import { themeFromDocument, type Theme } from './theme/index.js';
import { loadCustomIcons, type CustomIcon } from './icons/custom.js';
import { readModelFile, type ModelPlace } from './icons/model-file.js';
import { iconId } from './render/icons.js';

/** What a model names next to it, read and checked: its icon files (by icon id) and its own theme. */
export interface Assets {
  icons: Record<string, CustomIcon>;
  theme: Theme | null;
  diagnostics: Diagnostic[];
}

/** Reads the icon files and the theme file a model names; `cwd` is the folder its `file` is relative to. */
export function loadAssets(model: Model, cwd: string): Assets {
  const place: ModelPlace = { file: model.file, cwd };
  const uses = model.nodes.flatMap((n) => (n.iconFile && n.icon ? [{ icon: n.icon, file: n.iconFile }] : []));
  // `.` never occurs in an encoded icon id, so an icon's own ids cannot meet another symbol's.
  const icons = loadCustomIcons(uses, place, (icon) => `${iconId(icon)}.`);
  const theme = model.themeFile ? ownTheme(model.themeFile, place) : { value: null, diagnostics: [] };
  return { icons: icons.icons, theme: theme.value, diagnostics: [...icons.diagnostics, ...theme.diagnostics] };
}

// Theme files are a few dozen tokens; anything near this size is not one.
const MAX_THEME_BYTES = 64 * 1024;

function ownTheme(ref: NonNullable<Model['themeFile']>, place: ModelPlace): Result<Theme> {
  const read = readModelFile(place, ref, 'theme file', MAX_THEME_BYTES);
  if (!read.value) return { value: null, diagnostics: read.diagnostics };
  // Its diagnostics point into the theme file, named like the model: relative to the same folder.
  const file = [...place.file.split(/[\\/]/).slice(0, -1), ref.path].join('/');
  const parsed = parseDocument(read.value.toString('utf8'), file);
  if (!parsed.value) return { value: null, diagnostics: parsed.diagnostics };
  const theme = themeFromDocument(parsed.value);
  return { value: theme.value, diagnostics: [...parsed.diagnostics, ...theme.diagnostics] };
}

/** The scene with the model's icon files, and the model's own theme when it has one. */
export function withAssets(scene: Scene, assets: Assets): { scene: Scene; theme?: Theme } {
  const icons = Object.keys(assets.icons).length ? { icons: assets.icons } : {};
  return { scene: { ...scene, ...icons }, ...(assets.theme ? { theme: assets.theme } : {}) };
}
