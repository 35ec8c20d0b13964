import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import type { SourceMap, SourceValue } from '../parse/index.js';
import { EDGE_KINDS, type EdgeKind } from './types.js';
import type { CustomRule, Limits } from './rule-types.js';
import { buildSelector } from './selectors.js';
import { field, integerOf, listOf, mapOf, stringScalar, switchOf, textOf } from './read.js';

const FORMS = ['deny', 'require', 'limit'] as const;

/** A custom rule from one `custom:` item; null when it has no usable id (already reported). */
export function buildCustomRule(item: SourceValue): { rule: CustomRule; diagnostics: Diagnostic[] } | null {
  const map = mapOf(item);
  const id = stringScalar(field(map, 'id'));
  if (!map || !id) return null;
  const forms = FORMS.filter((f) => field(map, f) !== undefined);
  const form = forms[0] ?? 'deny';
  const body = mapOf(field(map, form));
  const rule: CustomRule = {
    id: id.value as string,
    form,
    from: buildSelector(field(body, 'from')),
    to: buildSelector(field(body, 'to')),
    kinds: kindsOf(field(body, 'kind')),
    limits: limitsOf(body),
    message: textOf(field(map, 'message')),
    description: textOf(field(map, 'description')),
    severity: switchOf(field(map, 'severity')) ?? 'on',
    span: id.span,
  };
  return { rule, diagnostics: formProblems(map, forms, rule) };
}

// Exactly one of deny, require, limit; a limit needs at least one maximum.
function formProblems(map: SourceMap, forms: readonly string[], rule: CustomRule): Diagnostic[] {
  const example = 'e.g. deny: { from: { group: frontend }, to: { role: database } }';
  if (forms.length === 0) return [error('bad-rule', `custom rule "${rule.id}" needs one of deny, require or limit`, rule.span, example)];
  const extra = map.entries.filter((e) => e.name === forms[1]);
  if (extra[0]) return [error('bad-rule', `custom rule "${rule.id}" has both ${forms[0]} and ${forms[1]}`, extra[0].key.span, 'write one rule per item of custom:')];
  const limited = Object.values(rule.limits).some((n) => n !== null);
  if (rule.form === 'limit' && !limited) return [error('bad-rule', `limit of custom rule "${rule.id}" sets no maximum`, rule.span, 'add max-fan-out, max-fan-in or max-edges, e.g. max-fan-out: 3')];
  return [];
}

function kindsOf(value: SourceValue | undefined): EdgeKind[] | null {
  const words = value?.kind === 'list' ? listOf(value)!.items : value ? [value] : [];
  const kinds = words.flatMap((w) => EDGE_KINDS.filter((k) => k === stringScalar(w)?.value));
  return kinds.length ? kinds : null;
}

function limitsOf(body: SourceMap | null): Limits {
  return {
    maxFanOut: integerOf(field(body, 'max-fan-out')),
    maxFanIn: integerOf(field(body, 'max-fan-in')),
    maxEdges: integerOf(field(body, 'max-edges')),
  };
}
