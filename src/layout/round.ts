// Every number in a scene rounded to 2 decimals: stable output, small files, clean diffs.

const round2 = (n: number): number => Math.round(n * 100) / 100 || 0;

/** A copy of `value` with every number rounded to 2 decimals (-0 becomes 0). */
export function rounded<T>(value: T): T {
  if (typeof value === 'number') return round2(value) as T;
  if (Array.isArray(value)) return value.map(rounded) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
  }
  return value;
}
