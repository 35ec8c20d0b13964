import type { Diagnostic } from '../diagnostics/types.js';
import { error } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { RuleOption, RuleSetting } from '../model/rule-types.js';
import type { OptionSpec, OptionValue, Rule } from './types.js';

/** The options one `rules:` entry gives a rule, checked against the rule's specs; bad ones are reported and left out. */
export function checkOptions(rule: Rule, setting: RuleSetting): { values: Record<string, OptionValue>; diagnostics: Diagnostic[] } {
  const values: Record<string, OptionValue> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [name, option] of Object.entries(setting.options)) {
    const spec = Object.hasOwn(rule.options, name) ? rule.options[name] : undefined;
    if (!spec) diagnostics.push(unknownOption(rule, name, option));
    const checked = spec ? convert(spec, option) : null;
    if (checked && 'value' in checked) values[name] = checked.value;
    if (checked && 'problem' in checked) diagnostics.push(error('bad-option', `option "${name}" of rule "${rule.id}" ${checked.problem}`, option.span, checked.hint));
  }
  return { values, diagnostics };
}

type Checked = { value: OptionValue } | { problem: string; hint: string };

function convert(spec: OptionSpec, option: RuleOption): Checked {
  const v = option.value;
  const example = `for example ${spec.default}`;
  if (spec.type === 'integer') return Number.isInteger(v) && (v as number) >= 0 ? { value: v as number } : { problem: `should be a whole number, not ${JSON.stringify(v)}`, hint: example };
  if (spec.type === 'word' && Array.isArray(v)) return { problem: 'should be one word, not a list', hint: example };
  const words = Array.isArray(v) ? v : [v];
  const bad = words.find((w) => typeof w !== 'string' || (spec.choices !== undefined && !spec.choices.includes(w)));
  if (bad !== undefined) return { problem: `cannot be ${JSON.stringify(bad)}`, hint: choiceHint(spec, bad) };
  return { value: spec.type === 'word' ? (words[0] as string) : (words as string[]) };
}

function choiceHint(spec: OptionSpec, bad: unknown): string {
  if (!spec.choices) return 'write a word or a list of words';
  return didYouMean(String(bad), spec.choices) ?? `one of ${spec.choices.join(', ')}`;
}

function unknownOption(rule: Rule, name: string, option: RuleOption): Diagnostic {
  const names = Object.keys(rule.options);
  const hint = didYouMean(name, names) ?? (names.length ? `its options: ${names.join(', ')}` : `rule "${rule.id}" has no options`);
  return error('unknown-option', `rule "${rule.id}" has no option "${name}"`, option.nameSpan, hint);
}

/** Every option of a rule at its default. */
export function defaultOptions(rule: Rule): Record<string, OptionValue> {
  return Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, spec.default]));
}
