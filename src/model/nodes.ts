import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceValue } from '../parse/index.js';
import type { Link, Node } from './types.js';
import type { Declaration } from './declarations.js';
import { normalizeColor } from './colors.js';
import { resolveTech } from './tech.js';
import { resolveIcon } from './icon.js';
import { resolveRole } from './roles.js';
import { resolveShape } from './shape.js';
import { field, integerOf, listOf, mapOf, optional, stringOf, stringScalar, textOf } from './read.js';

/** A node from its declaration: a label string, a map of properties, or nothing. */
export function buildNode(d: Declaration): { node: Node; diagnostics: Diagnostic[] } {
  const map = mapOf(d.value);
  const { fields, diagnostics } = resolveTech(stringScalar(field(map, 'tech')));
  const icon = resolveIcon(stringScalar(field(map, 'icon')));
  const color = stringOf(field(map, 'color'));
  const tags = (listOf(field(map, 'tags'))?.items ?? []).flatMap((t) => textOf(t) ?? []);
  const node: Node = {
    id: d.id,
    label: (map ? textOf(field(map, 'label')) : textOf(d.value)) ?? d.id,
    ...fields,
    ...icon.fields,
    description: textOf(field(map, 'description')),
    links: (listOf(field(map, 'links'))?.items ?? []).flatMap(toLink),
    tags,
    color: color === null ? null : normalizeColor(color),
    ...optional('colorSpan', color === null ? null : field(map, 'color')?.span),
    parent: d.parent,
    ...resolveRole(stringOf(field(map, 'role')), fields.tech, tags),
    ...optional('replicas', integerOf(field(map, 'replicas'))),
    ...optional('zone', stringOf(field(map, 'zone'))),
    shape: resolveShape(stringOf(field(map, 'shape')), fields.tech),
    span: d.key.span,
  };
  return { node, diagnostics: [...diagnostics, ...icon.diagnostics] };
}

function toLink(item: SourceValue): Link[] {
  const url = stringOf(item) ?? stringOf(field(mapOf(item), 'url'));
  return url === null ? [] : [{ url, title: textOf(field(mapOf(item), 'title')) }];
}
