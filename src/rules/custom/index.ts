import type { CustomRule } from '../../model/rule-types.js';
import type { Rule } from '../types.js';
import { describeSelector } from './select.js';
import { checkDeny } from './deny.js';
import { checkRequire } from './require.js';
import { checkLimit } from './limit.js';

const CHECKS = { deny: checkDeny, require: checkRequire, limit: checkLimit } as const;

/** A custom rule as a Rule the engine runs like a built-in one (no options; its own default level is error). */
export function customToRule(custom: CustomRule): Rule {
  const summary = `${custom.form} edges from ${describeSelector(custom.from)} to ${describeSelector(custom.to)}`;
  return {
    id: custom.id,
    description: custom.description ?? custom.message ?? summary,
    severity: custom.severity === 'warning' || custom.severity === 'note' ? custom.severity : 'error',
    options: {},
    check: (graph) => CHECKS[custom.form](graph, custom),
  };
}
