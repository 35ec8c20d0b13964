import type { SourceList, SourceMap, SourceScalar, SourceValue } from '../parse/index.js';
import { RULE_SWITCHES, type RuleSwitch } from './rule-types.js';

// The validator has already reported wrong shapes; these readers just skip them.

/** The value under `key` in a map, if any. */
export function field(map: SourceMap | null, key: string): SourceValue | undefined {
  return map?.entries.find((e) => e.name === key)?.value;
}

/** A string value, or null. */
export function stringOf(value: SourceValue | undefined): string | null {
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : null;
}

/** Text to show: a string, or a number as written (`1.10` stays `1.10`); null otherwise. */
export function textOf(value: SourceValue | undefined): string | null {
  if (value?.kind !== 'scalar') return null;
  if (typeof value.value === 'number') return value.raw.trim() || String(value.value);
  return typeof value.value === 'string' ? value.value : null;
}

/** A string scalar (with its position), or null. */
export function stringScalar(value: SourceValue | undefined): SourceScalar | null {
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value : null;
}

export function mapOf(value: SourceValue | undefined): SourceMap | null {
  return value?.kind === 'map' ? value : null;
}

export function listOf(value: SourceValue | undefined): SourceList | null {
  return value?.kind === 'list' ? value : null;
}

/** A whole number, or null. */
export function integerOf(value: SourceValue | undefined): number | null {
  return value?.kind === 'scalar' && Number.isInteger(value.value) ? (value.value as number) : null;
}

/** `{ key: value }` when the value is there, `{}` otherwise: optional model fields stay absent. */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** A rule switch: `on`, `off` or a level; `true`/`false` mean on/off. */
export function switchOf(value: SourceValue | undefined): RuleSwitch | null {
  if (value?.kind !== 'scalar') return null;
  if (typeof value.value === 'boolean') return value.value ? 'on' : 'off';
  return RULE_SWITCHES.find((s) => s === value.value) ?? null;
}
