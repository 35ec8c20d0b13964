import type { Rule } from './types.js';
import { gatewayEntry } from './builtin/gateway-entry.js';
import { noClientToData } from './builtin/no-client-to-data.js';
import { databasePerService } from './builtin/database-per-service.js';
import { observability } from './builtin/observability.js';
import { orphan } from './builtin/orphan.js';
import { noCaller } from './builtin/no-caller.js';
import { syncCycle } from './builtin/sync-cycle.js';
import { zoneCrossingEncrypted } from './builtin/zone-crossing-encrypted.js';
import { cqrs } from './builtin/cqrs.js';
import { singlePointOfFailure } from './builtin/single-point-of-failure.js';

/** Every built-in rule, in the order docs/rules.md lists them. */
export const BUILT_IN_RULES: readonly Rule[] = [
  gatewayEntry, noClientToData, databasePerService, observability, orphan, noCaller,
  syncCycle, zoneCrossingEncrypted, cqrs, singlePointOfFailure,
];

/** The built-in rule with this id, if any. */
export function builtInRule(id: string): Rule | undefined {
  return BUILT_IN_RULES.find((r) => r.id === id);
}
