import type { Span } from '../diagnostics/types.js';
import type { RuleLevel } from '../model/rule-types.js';
import type { Graph } from './graph.js';

export type { RuleLevel } from '../model/rule-types.js';

/** A place where the model breaks an architecture rule, with the nodes and edges involved (for drawing them). */
export interface Finding {
  ruleId: string;
  severity: RuleLevel;
  message: string;
  /** How to fix it, when there is something to say. */
  hint?: string;
  /** Where in the model file: the offending node's id or edge item. */
  span: Span;
  /** Node ids involved, the subject first. */
  nodes: string[];
  /** Edge ids involved (`from->to`, `#n` for repeats). */
  edges: string[];
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Report = Omit<Finding, 'ruleId' | 'severity'>;

/** An option value after checking: a word, a number, or a list of words. */
export type OptionValue = string | number | readonly string[];
export type OptionValues = Readonly<Record<string, OptionValue>>;

/** What an option accepts, its default and what it does. */
export interface OptionSpec {
  type: 'word' | 'words' | 'integer';
  default: OptionValue;
  description: string;
  /** The only words allowed, when limited. */
  choices?: readonly string[];
}

/** A built-in architecture rule: small, pure, one file each. */
export interface Rule {
  id: string;
  /** One line: what the rule wants (SARIF shortDescription). */
  description: string;
  severity: RuleLevel;
  options: Readonly<Record<string, OptionSpec>>;
  check(graph: Graph, options: OptionValues): Report[];
}

/** A rule as configured for one model: what SARIF lists in tool.driver.rules. */
export interface RuleInfo {
  id: string;
  description: string;
  /** The level the rule has unless configured otherwise. */
  defaultLevel: RuleLevel;
  /** The level it runs with here. */
  level: RuleLevel;
}
