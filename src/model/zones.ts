import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { SourceMap } from '../parse/index.js';
import type { Group, Node, Zone } from './types.js';
import type { Declaration } from './declarations.js';
import { field, integerOf, mapOf, stringScalar, textOf } from './read.js';

/** The trust zones declared under `zones:`, in source order. */
export function buildZones(root: SourceMap): Zone[] {
  return (mapOf(field(root, 'zones'))?.entries ?? []).map((e) => {
    const map = mapOf(e.value);
    const trust = integerOf(field(map, 'trust')) ?? 0;
    return { id: e.name, label: textOf(field(map, 'label')) ?? e.name, trust, description: textOf(field(map, 'description')), span: e.key.span };
  });
}

/** `unknown-zone` for every `zone:` of a group or node that names no declared zone. */
export function checkZones(decls: readonly Declaration[], zones: readonly Zone[]): Diagnostic[] {
  const ids = zones.map((z) => z.id);
  return decls.flatMap((d) => {
    const scalar = stringScalar(field(mapOf(d.value), 'zone'));
    if (!scalar || ids.includes(scalar.value as string)) return [];
    const hint = didYouMean(scalar.value as string, ids) ?? (ids.length ? `zones: ${ids.join(', ')}` : 'declare it under `zones:` with a trust level, e.g. zones: { dmz: { trust: 1 } }');
    return [error('unknown-zone', `${d.kind} "${d.id}" is in unknown zone "${scalar.value}"`, scalar.span, hint)];
  });
}

/** Groups and nodes with their zone: their own, else the nearest enclosing group's. */
export function inheritZones(groups: readonly Group[], nodes: readonly Node[]): { groups: Group[]; nodes: Node[] } {
  const zoneOf = new Map<string, string | null>();
  // Parents come before children, so a parent's zone is known when its child is reached.
  const withZones = groups.map((g) => {
    const zone = g.zone ?? (g.parent === null ? null : zoneOf.get(g.parent) ?? null);
    zoneOf.set(g.id, zone);
    return zone === null ? g : { ...g, zone };
  });
  const zonedNodes = nodes.map((n) => {
    const zone = n.zone ?? (n.parent === null ? null : zoneOf.get(n.parent) ?? null);
    return zone === null ? n : { ...n, zone };
  });
  return { groups: withZones, nodes: zonedNodes };
}
