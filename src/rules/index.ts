// The rules stage: architecture rules over a checked Model → Findings (with the nodes and edges to draw).
export type { Finding, Report, Rule, RuleInfo, RuleLevel, OptionSpec, OptionValue, OptionValues } from './types.js';
export { runRules, checkRules, sortFindings, type RulesRun } from './run.js';
export { BUILT_IN_RULES, builtInRule } from './registry.js';
export { findProjectConfig, readProjectConfig, PROJECT_CONFIG_FILE } from './project.js';
export { formatFinding } from './format.js';
export { findingsToJson, type FindingJson } from './json.js';
export { toSarif, fileUri, SARIF_SCHEMA, type SarifInput } from './sarif.js';
export { encryption } from './builtin/zone-crossing-encrypted.js';
