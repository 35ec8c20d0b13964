// Checking the tokens of a theme file: each one known, each value of its kind, every problem an error at its place.
import type { Diagnostic, Span } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { closest } from '../diagnostics/suggest.js';
import type { SourceMap, SourceScalar, SourceValue } from '../parse/index.js';
import { isHex, parseHex, toHex } from './color.js';
import { isToken, TOKENS, tokenPaths, type TokenKind, type TokenTree } from './tokens.js';

export type TokenScalar = string | number | boolean | null;

/** A token the file sets: its path (`['node', 'fill']`), its checked value, where it is written. */
export interface TokenValue {
  path: string[];
  value: TokenScalar;
  span: Span;
}

type Read = { values: TokenValue[]; diagnostics: Diagnostic[] };

/** The tokens a map sets, checked against the token tree; keys in `skip` are read by the caller. */
export function readTokens(map: SourceMap, tree: TokenTree = TOKENS, prefix: string[] = [], skip: readonly string[] = []): Read {
  const reads = map.entries.filter((e) => !skip.includes(e.name)).map((e): Read => {
    const path = [...prefix, e.name];
    const entry = Object.hasOwn(tree, e.name) ? tree[e.name]! : null;
    if (!entry) return fail(unknownToken(path, Object.keys(tree), e.key.span));
    if (!isToken(entry)) return e.value.kind === 'map' ? readTokens(e.value, entry, path) : fail(notAGroup(path, entry, e.value));
    const value = e.value.kind === 'scalar' ? tokenValue(e.value, entry) : undefined;
    if (value === undefined) return fail(badValue(path, entry, e.value));
    return { values: [{ path, value, span: e.value.span }], diagnostics: [] };
  });
  return { values: reads.flatMap((r) => r.values), diagnostics: reads.flatMap((r) => r.diagnostics) };
}

const fail = (d: Diagnostic): Read => ({ values: [], diagnostics: [d] });

/** The value of a scalar for a token of this kind, or undefined when it does not fit. */
function tokenValue(s: SourceScalar, token: TokenKind): TokenScalar | undefined {
  const v = s.value;
  switch (token.kind) {
    case 'colour': return typeof v === 'string' && isHex(v.trim()) ? toHex(parseHex(v.trim())) : undefined;
    case 'number': return typeof v === 'number' && v >= token.min && v <= token.max ? v : undefined;
    case 'boolean': return typeof v === 'boolean' ? v : undefined;
    case 'cap': return v === 'butt' || v === 'round' ? v : undefined;
    case 'text': return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    case 'dash': return dash(v);
  }
}

// `none`, `solid` or empty for a solid line; else a dash pattern of non-negative numbers, `7 5`.
function dash(v: string | number | boolean | null): string | null | undefined {
  if (v === null || v === 'none' || v === 'solid') return null;
  const parts = String(v).trim().split(/[\s,]+/);
  return parts.every((p) => /^\d+(\.\d+)?$/.test(p)) && parts.some((p) => Number(p) > 0) ? parts.join(' ') : undefined;
}

function unknownToken(path: string[], siblings: string[], span: Span): Diagnostic {
  const name = path.at(-1)!;
  const dotted = path.join('.');
  const sibling = closest(name, siblings, 1)[0];
  // A token at the wrong level (`label:` at the top) is found by its last part.
  const elsewhere = tokenPaths().filter((p) => p.endsWith(`.${name}`));
  const near = sibling !== undefined ? [[...path.slice(0, -1), sibling].join('.')] : elsewhere;
  const hint = name === 'accents' ? 'accents are derived from palette: set palette.<slot> (green, magenta, cyan, …)'
    : near.length === 1 ? `did you mean "${near[0]}"?`
      : near.length > 1 ? `did you mean one of ${near.map((n) => `"${n}"`).join(', ')}?` : `tokens here: ${siblings.join(', ')}`;
  return error('unknown-token', `unknown theme token "${dotted}"`, span, hint);
}

function notAGroup(path: string[], tree: TokenTree, value: SourceValue): Diagnostic {
  return error('bad-token', `"${path.join('.')}" is a group of tokens (${Object.keys(tree).join(', ')}), not a single value`, value.span, `for example ${path.at(-1)}: { ${Object.keys(tree)[0]}: … }`);
}

const EXPECTED: Record<TokenKind['kind'], string> = {
  colour: 'a colour like "#1a2b3c"', number: 'a number', boolean: 'true or false', cap: 'butt or round', text: 'text',
  dash: 'a dash pattern like "7 5", or none',
};

function badValue(path: string[], token: TokenKind, value: SourceValue): Diagnostic {
  const range = token.kind === 'number' ? ` from ${token.min} to ${token.max}` : '';
  const written = value.kind === 'scalar' ? `"${value.raw.trim()}"` : `a ${value.kind}`;
  const hint = token.kind === 'colour' && value.kind === 'scalar' && value.value === null
    ? 'quote colours: in YAML an unquoted # starts a comment, so fill: #fff is empty; write fill: "#ffffff"'
    : undefined;
  return error(token.kind === 'colour' ? 'bad-colour' : 'bad-token', `"${path.join('.')}" must be ${EXPECTED[token.kind]}${range}, not ${written}`, value.span, hint);
}
