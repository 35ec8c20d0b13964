import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import type { SourceMap, SourceScalar, SourceValue } from '../parse/index.js';
import { mapOf } from './read.js';

/** A group or node as declared in the file, before it is built. */
export interface Declaration {
  kind: 'group' | 'node';
  id: string;
  parent: string | null;
  key: SourceScalar;
  value: SourceValue;
}

/** Every group and node of the file, depth first in source order (parents before children). */
export function declarations(root: SourceMap): Declaration[] {
  return members(root, null);
}

function members(map: SourceMap | null, parent: string | null): Declaration[] {
  return (map?.entries ?? []).flatMap((e) => {
    if (e.name === 'nodes') return entriesOf(e.value).map((n) => declare('node', n.name, parent, n.key, n.value));
    if (e.name !== 'groups') return [];
    return entriesOf(e.value).flatMap((g) => [declare('group', g.name, parent, g.key, g.value), ...members(mapOf(g.value), g.name)]);
  });
}

function entriesOf(value: SourceValue) {
  return mapOf(value)?.entries ?? [];
}

function declare(kind: Declaration['kind'], id: string, parent: string | null, key: SourceScalar, value: SourceValue): Declaration {
  return { kind, id, parent, key, value };
}

/** `duplicate-id` for every id declared a second time anywhere: nodes and groups share one namespace. */
export function duplicateIds(list: readonly Declaration[]): Diagnostic[] {
  const first = new Map<string, Declaration>();
  return list.flatMap((d) => {
    const earlier = first.get(d.id);
    if (!earlier) first.set(d.id, d);
    if (!earlier || earlier === d) return [];
    const where = `${earlier.kind}${earlier.parent ? ` in group "${earlier.parent}"` : ''} at line ${earlier.key.span.line}`;
    return [error('duplicate-id', `duplicate id "${d.id}": already used by the ${where}`, d.key.span, 'node and group ids share one namespace over the whole file; rename one of them')];
  });
}
