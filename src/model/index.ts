import type { Result } from '../diagnostics/types.js';
import { parseDocument } from '../parse/index.js';
import type { Model } from './types.js';
import { buildModel } from './build.js';

export type { Model, Group, Node, Edge, Link, Direction, EdgeKind, Color, Role, RoleSource, Tls, Zone } from './types.js';
export { EDGE_KINDS, DIRECTIONS, ROLES } from './types.js';
export type { CustomRule, Limits, RuleLevel, RuleOption, RuleSetting, RuleSwitch, RulesConfig, Selector, SelectorKey, Word } from './rule-types.js';
export { RULE_LEVELS, RULE_SWITCHES, SELECTOR_KEYS } from './rule-types.js';
export { resolveRole, techRole } from './roles.js';
export { loadProjectConfig } from './project-config.js';
export { buildModel, defaultTitle } from './build.js';
export { modelJsonSchema, projectConfigJsonSchema } from './json-schema.js';
export { ACCENTS } from './colors.js';

/** Parses and checks a model file in one call: text → Model + every diagnostic, sorted by position. */
export function loadModel(text: string, file: string): Result<Model> {
  const parsed = parseDocument(text, file);
  return parsed.value ? buildModel(parsed.value, parsed.diagnostics) : { value: null, diagnostics: parsed.diagnostics };
}
