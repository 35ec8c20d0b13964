// A user's theme file (`theme: ./brand.theme.yaml`): a built-in theme it extends, with its tokens on top.
import type { Result } from '../diagnostics/types.js';
import { error, hasErrors } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { SourceDocument, SourceMap } from '../parse/index.js';
import { accentBase, deriveAccents } from './accent.js';
import { readTokens, type TokenValue } from './file-tokens.js';
import { DEFAULT_THEME, getTheme, themeNames } from './registry.js';
import { keepReadable } from './repair.js';
import { withToken } from './token-path.js';
import type { Theme } from './types.js';

/** The theme a parsed theme file describes; unknown tokens and bad values are errors, unreadable colours adjusted with a warning. */
export function themeFromDocument(doc: SourceDocument): Result<Theme> {
  const root = doc.root;
  if (root?.kind !== 'map') {
    return { value: null, diagnostics: [error('bad-theme-file', 'a theme file is a map of tokens', root?.span, 'for example: extends: dark-neon, then background: "#101820"')] };
  }
  const base = baseTheme(root);
  const tokens = readTokens(root, undefined, [], ['extends']);
  const problems = [...base.diagnostics, ...tokens.diagnostics];
  if (!base.value || hasErrors(problems)) return { value: null, diagnostics: problems };
  const named = { ...base.value, name: stem(doc.file), description: `${base.value.description} (customised)` };
  const readable = keepReadable(applyTokens(named, tokens.values), tokens.values);
  return { value: readable.theme, diagnostics: [...problems, ...readable.diagnostics] };
}

function baseTheme(root: SourceMap): Result<Theme> {
  const entry = root.entries.find((e) => e.name === 'extends');
  const name = entry?.value.kind === 'scalar' ? String(entry.value.value) : DEFAULT_THEME;
  const theme = getTheme(name);
  if (theme) return { value: theme, diagnostics: [] };
  const hint = `${didYouMean(name, themeNames()) ?? ''} a theme file extends a built-in theme: ${themeNames().join(', ')}`.trim();
  return { value: null, diagnostics: [error('unknown-theme', `a theme file cannot extend "${name}"`, entry?.value.span, hint)] };
}

/** The tokens set on the base theme, then the accents derived again from the new palette and canvas. */
export function applyTokens(base: Theme, values: readonly TokenValue[]): Theme {
  const gridded = values.some((v) => v.path[0] === 'grid') && !base.grid ? { ...base, grid: { color: base.subtitle, size: 24, opacity: 0.12 } } : base;
  const set = values.reduce((t, v) => withToken(t, v.path, v.value), gridded);
  return { ...set, accents: deriveAccents(set.palette, accentBase(set)) };
}

// `brand.theme.yaml` → `brand`: the name a theme file gets when it does not give one.
function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.theme)?\.(ya?ml|json)$/i, '') || base;
}
