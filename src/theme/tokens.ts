// The tokens a theme file may set: the Theme's own shape, minus what is derived (`accents`).
import { EDGE_KINDS } from '../model/types.js';
import { ACCENT_SLOTS } from './types.js';

/** What one token holds. */
export type TokenKind =
  | { kind: 'colour' }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'dash' }
  | { kind: 'cap' }
  | { kind: 'text' };

/** A level of the token tree: tokens and nested levels by name. */
export interface TokenTree {
  readonly [name: string]: TokenKind | TokenTree;
}

const colour: TokenKind = { kind: 'colour' };
const number = (min: number, max: number): TokenKind => ({ kind: 'number', min, max });
const each = (names: readonly string[], tree: TokenKind | TokenTree): TokenTree => Object.fromEntries(names.map((n) => [n, tree]));

/** Every token a theme file may set, by path. */
export const TOKENS: TokenTree = {
  name: { kind: 'text' },
  description: { kind: 'text' },
  background: colour,
  title: colour,
  subtitle: colour,
  node: { fill: colour, label: colour, sublabel: colour, strokeWidth: number(0, 8), radius: number(0, 40) },
  group: { strokeWidth: number(0, 8), radius: number(0, 40), strokeOpacity: number(0, 1) },
  palette: each(ACCENT_SLOTS, colour),
  groupTint: number(0, 0.5),
  edges: each(EDGE_KINDS, { color: colour, width: number(0.5, 8), dash: { kind: 'dash' }, cap: { kind: 'cap' } }),
  edgeLabel: { text: colour, fill: colour, strokeOpacity: number(0, 1) },
  legend: { fill: colour, stroke: colour, text: colour },
  glow: { enabled: { kind: 'boolean' }, strength: number(0, 1), spread: number(0, 40) },
  finding: { color: colour, fill: colour, text: colour, glow: number(0, 1) },
  grid: { color: colour, size: number(4, 200), opacity: number(0, 0.5) },
};

/** True for a token (a leaf of the tree). */
export function isToken(entry: TokenKind | TokenTree): entry is TokenKind {
  return typeof entry.kind === 'string';
}

/** Every token path, dotted (`node.fill`), for did-you-mean across levels. */
export function tokenPaths(tree: TokenTree = TOKENS, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, entry]) => (isToken(entry) ? [`${prefix}${name}`] : tokenPaths(entry, `${prefix}${name}.`)));
}
