import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceValue } from '../parse/index.js';
import { assetPath, type AssetRef } from './asset-path.js';

// A theme name is a word (`dark-neon`); anything with a folder or a file extension is a path.
const PATH_LIKE = /[\\/]|\.(ya?ml|json)$/i;

/** `theme: ./brand.theme.yaml`: the theme file the model names, checked to stay in the model's folder. */
export function themeFile(value: SourceValue | undefined): { file: AssetRef | null; diagnostics: Diagnostic[] } {
  if (value?.kind !== 'scalar' || typeof value.value !== 'string' || !PATH_LIKE.test(value.value)) return { file: null, diagnostics: [] };
  const { path, diagnostics } = assetPath(value.value.trim(), value.span, 'theme file');
  return { file: path ? { path, span: value.span } : null, diagnostics };
}
