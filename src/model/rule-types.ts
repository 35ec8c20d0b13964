import type { Span } from '../diagnostics/types.js';
import type { EdgeKind } from './edge-kinds.js';

/** How loud a finding is, as SARIF names the levels. */
export type RuleLevel = 'error' | 'warning' | 'note';
export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'note'];

/** What a `rules:` entry may say: a level, `on` (its default level) or `off`. */
export type RuleSwitch = RuleLevel | 'on' | 'off';
export const RULE_SWITCHES: readonly RuleSwitch[] = ['on', 'off', 'error', 'warning', 'note'];

/** A word as written, with where it was written. */
export interface Word {
  text: string;
  span: Span;
}

/** An option value as written: a scalar or a list of scalars. */
export interface RuleOption {
  value: string | number | boolean | null | (string | number | boolean | null)[];
  /** Where the value was written. */
  span: Span;
  /** Where the option's name was written. */
  nameSpan: Span;
}

/** One `rule-id: …` entry of a `rules:` block. */
export interface RuleSetting {
  id: string;
  /** Null when only options are given. */
  severity: RuleSwitch | null;
  options: Readonly<Record<string, RuleOption>>;
  /** Where the rule id was written. */
  span: Span;
}

/** The node properties a selector can test; each lists the values any of which may match. */
export const SELECTOR_KEYS = ['id', 'group', 'tag', 'tech', 'role', 'zone'] as const;
export type SelectorKey = (typeof SELECTOR_KEYS)[number];

/** Which nodes a custom rule means: every key given must match (a key matches any of its values). */
export type Selector = { readonly [K in SelectorKey]: readonly Word[] } & {
  /** Nodes that this selector must NOT match. */
  not: Selector | null;
  span: Span;
};

/** The limits a `limit:` rule can set; null when not given. */
export interface Limits {
  maxFanOut: number | null;
  maxFanIn: number | null;
  maxEdges: number | null;
}

/** A declarative rule from a `custom:` list: `deny`, `require` or `limit` over selected edges. */
export interface CustomRule {
  id: string;
  form: 'deny' | 'require' | 'limit';
  /** Null: any node. */
  from: Selector | null;
  to: Selector | null;
  /** Edge kinds the rule looks at; null: all. */
  kinds: readonly EdgeKind[] | null;
  limits: Limits;
  message: string | null;
  description: string | null;
  severity: RuleSwitch;
  /** Where the rule's id was written. */
  span: Span;
}

/** A `rules:` block, from a model or from a project's `neonarch.config.yaml`. */
export interface RulesConfig {
  file: string;
  settings: readonly RuleSetting[];
  custom: readonly CustomRule[];
}
