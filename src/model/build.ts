import type { Diagnostic, Result } from '../diagnostics/types.js';
import { error, hasErrors } from '../diagnostics/make.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { spanAt, type SourceDocument, type SourceMap } from '../parse/index.js';
import { DIRECTIONS, type Model } from './types.js';
import { MODEL } from './schema.js';
import { validate, ROOT } from './validate.js';
import { declarations, duplicateIds, type Declaration } from './declarations.js';
import { buildGroups } from './groups.js';
import { buildNode } from './nodes.js';
import { buildEdges } from './edges.js';
import { buildZones, checkZones, inheritZones } from './zones.js';
import { buildRulesConfig } from './rules-config.js';
import { field, listOf, optional, stringOf, textOf } from './read.js';
import { themeFile } from './theme-file.js';

/**
 * A checked Model from a parsed document; null when there is any error (warnings alone keep the model).
 * `earlier` are the parse diagnostics: they are merged in and count as errors too.
 */
export function buildModel(doc: SourceDocument, earlier: readonly Diagnostic[] = []): Result<Model> {
  const root = doc.root;
  const empty = root === null || (root.kind === 'scalar' && root.value === null);
  const structural = root && !empty ? validate(root, MODEL, ROOT) : [];
  const built = root?.kind === 'map' ? assemble(root, doc) : null;
  const all = [...earlier, ...structural, ...(built?.diagnostics ?? [])];
  if ((empty || built?.model.nodes.length === 0) && !hasErrors(all)) all.push(emptyModel(doc));
  return { value: hasErrors(all) ? null : built?.model ?? null, diagnostics: sortDiagnostics(all) };
}

function assemble(root: SourceMap, doc: SourceDocument): { model: Model; diagnostics: Diagnostic[] } {
  const decls = declarations(root);
  const built = decls.filter((d) => d.kind === 'node').map(buildNode);
  const names = namespace(decls);
  const { edges, diagnostics } = buildEdges(listOf(field(root, 'edges')), names, doc);
  const direction = DIRECTIONS.find((d) => d === stringOf(field(root, 'direction'))) ?? 'down';
  const zones = buildZones(root);
  const zoned = inheritZones(buildGroups(decls), built.map((b) => b.node));
  const rules = buildRulesConfig(field(root, 'rules'), doc.file);
  const theme = themeFile(field(root, 'theme'));
  const model: Model = {
    file: doc.file,
    title: textOf(field(root, 'title')) ?? defaultTitle(doc.file),
    description: textOf(field(root, 'description')),
    direction,
    theme: stringOf(field(root, 'theme')),
    ...themeSpan(root),
    ...optional('themeFile', theme.file),
    groups: zoned.groups,
    nodes: zoned.nodes,
    edges,
    ...optional('zones', field(root, 'zones') ? zones : null),
    ...optional('rules', rules.config),
  };
  const checks = [...duplicateIds(decls), ...checkZones(decls, zones), ...rules.diagnostics, ...theme.diagnostics];
  return { model, diagnostics: [...checks, ...built.flatMap((b) => b.diagnostics), ...diagnostics] };
}

// Where `theme:` was written, so an unknown theme can be reported at its value.
function themeSpan(root: SourceMap): { themeSpan?: Model['themeSpan'] } {
  const value = field(root, 'theme');
  return value ? { themeSpan: value.span } : {};
}

function namespace(decls: readonly Declaration[]) {
  const ids = (kind: Declaration['kind']) => new Set(decls.filter((d) => d.kind === kind).map((d) => d.id));
  return { nodes: ids('node'), groups: ids('group') };
}

/** The file name without folders and without `.arch.yaml` (or `.yaml`, `.yml`, `.json`). */
export function defaultTitle(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.arch)?\.(ya?ml|json)$/i, '') || base;
}

function emptyModel(doc: SourceDocument): Diagnostic {
  const hint = 'a minimal model is "nodes: { web: Web, api: API }" and "edges: [ web -> api ]"';
  return error('empty-model', 'the model has no nodes', spanAt(doc.file, doc.lineStarts, 0, 0), hint);
}
