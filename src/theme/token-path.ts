import type { Theme } from './types.js';
import type { TokenScalar } from './file-tokens.js';

type Tree = Record<string, unknown>;

/** The theme with the token at `path` set to `value` (a new object; the theme is not changed). */
export function withToken(theme: Theme, path: readonly string[], value: TokenScalar): Theme {
  return set(theme as unknown as Tree, path, value) as unknown as Theme;
}

function set(tree: Tree, [head, ...rest]: readonly string[], value: TokenScalar): Tree {
  if (head === undefined) return tree;
  const inner = rest.length ? set({ ...((tree[head] as Tree | undefined) ?? {}) }, rest, value) : value;
  return { ...tree, [head]: inner };
}

/** The token path an audit name stands for: `edges.data` is the line colour `edges.data.color`. */
export function auditTokenPath(name: string): string[] {
  const path = name.split('.');
  return path[0] === 'edges' ? [...path, 'color'] : path;
}
