import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Model } from '../model/types.js';
import type { CustomRule, RuleLevel, RuleSwitch, RulesConfig } from '../model/rule-types.js';
import type { OptionValues, Rule } from './types.js';
import { BUILT_IN_RULES, builtInRule } from './registry.js';
import { customToRule } from './custom/index.js';
import { checkOptions, defaultOptions } from './options.js';

/** A rule as configured for one model: its level (null when off) and checked options. */
export interface Configured {
  rule: Rule;
  level: RuleLevel | null;
  options: OptionValues;
}

/** The rules for a model: built-ins and custom rules, project settings first, the model's own on top. */
export function configure(model: Model, project: RulesConfig | null): { rules: Configured[]; diagnostics: Diagnostic[] } {
  const layers = [project, model.rules ?? null].filter((l): l is RulesConfig => l !== null);
  const customs = new Map<string, CustomRule>(layers.flatMap((l) => l.custom.map((c) => [c.id, c] as const)));
  const own = [...customs.values()].filter((c) => !builtInRule(c.id));
  const rules = [...BUILT_IN_RULES.map((r) => start(r, null)), ...own.map((c) => start(customToRule(c), c))];
  const diagnostics = [...customs.values()].flatMap(shadowsBuiltIn);
  for (const setting of layers.flatMap((l) => l.settings)) {
    const target = rules.find((r) => r.rule.id === setting.id);
    if (!target) diagnostics.push(unknownRule(setting.id, setting.span, rules.map((r) => r.rule.id)));
    if (!target) continue;
    const checked = checkOptions(target.rule, setting);
    diagnostics.push(...checked.diagnostics);
    target.level = setting.severity === null ? target.level : levelOf(setting.severity, target.rule);
    target.options = { ...target.options, ...checked.values };
  }
  return { rules, diagnostics };
}

function start(rule: Rule, custom: CustomRule | null): Configured {
  return { rule, level: custom ? levelOf(custom.severity, rule) : rule.severity, options: defaultOptions(rule) };
}

function levelOf(sw: RuleSwitch, rule: Rule): RuleLevel | null {
  return sw === 'off' ? null : sw === 'on' ? rule.severity : sw;
}

function shadowsBuiltIn(custom: CustomRule): Diagnostic[] {
  if (!builtInRule(custom.id)) return [];
  return [error('duplicate-id', `custom rule "${custom.id}" has the id of a built-in rule`, custom.span, 'give the custom rule its own id; set the built-in one under rules: instead')];
}

function unknownRule(id: string, span: Diagnostic['span'], known: readonly string[]): Diagnostic {
  const hint = didYouMean(id, known) ?? `built-in rules: ${BUILT_IN_RULES.map((r) => r.id).join(', ')}; or add a custom rule with this id under custom:`;
  return error('unknown-rule', `unknown rule "${id}"`, span, hint);
}
