// ELK ids are prefixed by kind, so a group and a node may share a user id without clashing.
export const ROOT_ID = 'root';

/** ELK id of a group. */
export const groupKey = (id: string): string => `g/${id}`;
/** ELK id of a node. */
export const nodeKey = (id: string): string => `n/${id}`;
/** ELK id of an edge. */
export const edgeKey = (id: string): string => `e/${id}`;

/** ELK id of a node's port for edges of one kind in one role (see ports.ts). */
export const portKey = (node: string, role: string, kind: string): string => `p/${node}/${role}/${kind}`;

/** The user id behind an ELK id and whether it names a group, a node or an edge. */
export function parseKey(key: string): { kind: 'g' | 'n' | 'e' | 'root'; id: string } {
  const kind = key.slice(0, 1);
  if (key === ROOT_ID || key[1] !== '/') return { kind: 'root', id: key };
  return { kind: kind === 'g' || kind === 'n' || kind === 'e' ? kind : 'root', id: key.slice(2) };
}
