import type { Diagnostic } from '../diagnostics/types.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Model } from '../model/types.js';
import type { RulesConfig } from '../model/rule-types.js';
import type { Finding, Report, RuleInfo } from './types.js';
import { buildGraph } from './graph.js';
import { configure, type Configured } from './settings.js';
import { checkSelectors } from './custom/check-selectors.js';

/** Everything one rules run gives: findings, configuration problems, and the rules that ran. */
export interface RulesRun {
  findings: Finding[];
  /** Mistakes in the `rules:` settings (unknown rule or option, selectors naming nothing). */
  diagnostics: Diagnostic[];
  /** Rules that ran (on), for SARIF's tool.driver.rules. */
  rules: RuleInfo[];
}

/** Runs the architecture rules over a model: the project's settings first, the model's own `rules:` on top. */
export function runRules(model: Model, project: RulesConfig | null = null): RulesRun {
  const { rules, diagnostics } = configure(model, project);
  const graph = buildGraph(model);
  const on = rules.filter((r) => r.level !== null);
  const findings = on.flatMap((r) => r.rule.check(graph, r.options).map((report) => toFinding(r, report)));
  return {
    findings: sortFindings(findings),
    diagnostics: sortDiagnostics([...diagnostics, ...checkSelectors(model)]),
    rules: on.map((r) => ({ id: r.rule.id, description: r.rule.description, defaultLevel: r.rule.severity, level: r.level! })),
  };
}

/** The findings of the architecture rules for a model (see runRules for the configuration problems too). */
export function checkRules(model: Model, config: RulesConfig | null = null): Finding[] {
  return runRules(model, config).findings;
}

function toFinding(configured: Configured, report: Report): Finding {
  const { message, hint, span, nodes, edges } = report;
  return { ruleId: configured.rule.id, severity: configured.level!, message, ...(hint === undefined ? {} : { hint }), span, nodes, edges };
}

/** Findings by file, line, column, then rule id; stable otherwise. */
export function sortFindings(list: readonly Finding[]): Finding[] {
  const key = (f: Finding) => [f.span.file, f.span.line, f.span.col, f.ruleId] as const;
  return list.map((f, i) => ({ f, i })).sort((a, b) => compare(key(a.f), key(b.f)) || a.i - b.i).map(({ f }) => f);
}

function compare(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
