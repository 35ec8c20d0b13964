// Shared by the rules tests: models from inline YAML, and findings in a compact, position-first form.
import assert from 'node:assert/strict';
import { loadModel, loadProjectConfig, type Model, type RulesConfig } from '../src/model/index.js';
import { runRules, type Finding } from '../src/rules/index.js';

export const F = 'm.arch.yaml';

/** A checked model from YAML lines; fails the test on any error. */
export function model(text: string): Model {
  const r = loadModel(text, F);
  assert.ok(r.value, JSON.stringify(r.diagnostics, null, 1));
  return r.value;
}

/** A project config from YAML; fails the test on any error. */
export function project(text: string): RulesConfig {
  const r = loadProjectConfig(text, 'neonarch.config.yaml');
  assert.ok(r.value, JSON.stringify(r.diagnostics, null, 1));
  return r.value;
}

/** `rule-id line:col-endCol` for each finding of one rule (all rules when omitted). */
export function brief(list: readonly Finding[], ruleId?: string): string[] {
  return list.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${f.ruleId} ${f.span.line}:${f.span.col}-${f.span.endCol}`);
}

/** Findings of one rule on a model written in YAML. */
export function findingsOf(text: string, ruleId: string, config: RulesConfig | null = null): Finding[] {
  return runRules(model(text), config).findings.filter((f) => f.ruleId === ruleId);
}
