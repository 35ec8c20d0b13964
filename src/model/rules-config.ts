import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import type { SourceEntry, SourceValue } from '../parse/index.js';
import type { RuleOption, RuleSetting, RulesConfig } from './rule-types.js';
import { buildCustomRule } from './custom-rules.js';
import { field, listOf, mapOf, switchOf } from './read.js';

/** A `rules:` block as data (null when there is none); the validator has already reported wrong shapes. */
export function buildRulesConfig(value: SourceValue | undefined, file: string): { config: RulesConfig | null; diagnostics: Diagnostic[] } {
  const map = mapOf(value);
  if (!map) return { config: null, diagnostics: [] };
  const settings = map.entries.filter((e) => e.name !== 'custom').map(toSetting);
  const built = (listOf(field(map, 'custom'))?.items ?? []).flatMap((item) => buildCustomRule(item) ?? []);
  const custom = built.map((b) => b.rule);
  const diagnostics = [...built.flatMap((b) => b.diagnostics), ...duplicateRules(custom)];
  return { config: { file, settings, custom }, diagnostics };
}

function toSetting(e: SourceEntry): RuleSetting {
  const map = mapOf(e.value);
  const severity = switchOf(map ? field(map, 'severity') : e.value);
  const options = Object.fromEntries((mapOf(field(map, 'options'))?.entries ?? []).map((o) => [o.name, optionOf(o)]));
  return { id: e.name, severity, options, span: e.key.span };
}

function optionOf({ key, value }: SourceEntry): RuleOption {
  const scalar = (v: SourceValue) => (v.kind === 'scalar' ? v.value : null);
  return { value: value.kind === 'list' ? value.items.map(scalar) : scalar(value), span: value.span, nameSpan: key.span };
}

function duplicateRules(custom: RulesConfig['custom']): Diagnostic[] {
  const seen = new Map<string, number>();
  return custom.flatMap((r) => {
    const line = seen.get(r.id);
    if (line === undefined) return seen.set(r.id, r.span.line), [];
    return [error('duplicate-id', `duplicate custom rule id "${r.id}": already used at line ${line}`, r.span, 'give each custom rule its own id')];
  });
}
