import type { Group } from './types.js';
import type { Declaration } from './declarations.js';
import { cycleColor, normalizeColor } from './colors.js';
import { field, mapOf, optional, stringOf, textOf } from './read.js';

/** Groups in declaration order; colours: own, else the parent's, else the top-level cycle. */
export function buildGroups(decls: readonly Declaration[]): Group[] {
  const colors = new Map<string, string>();
  let topIndex = 0;
  return decls.filter((d) => d.kind === 'group').map((d) => {
    const own = stringOf(field(mapOf(d.value), 'color'));
    const inherited = d.parent === null ? cycleColor(topIndex++) : colors.get(d.parent) ?? cycleColor(0);
    const color = own !== null ? normalizeColor(own) : inherited;
    if (!colors.has(d.id)) colors.set(d.id, color);
    return toGroup(d, color);
  });
}

function toGroup(d: Declaration, color: string): Group {
  const map = mapOf(d.value);
  return {
    id: d.id,
    label: textOf(field(map, 'label')) ?? d.id,
    description: textOf(field(map, 'description')),
    color,
    ...optional('colorSpan', stringOf(field(map, 'color')) === null ? null : field(map, 'color')?.span),
    parent: d.parent,
    ...optional('zone', stringOf(field(map, 'zone'))),
    span: d.key.span,
  };
}
