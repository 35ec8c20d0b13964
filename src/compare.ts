/**
 * Orders two strings by their UTF-16 code units, as `<` does: for sorts whose order must be the
 * same on every machine (ids, file names, a layout's tie-breaks). Unlike `localeCompare`, the
 * order does not hang on the machine's locale (ICU's collation of `-`, `_` and case), and it
 * builds no ICU collator, which costs ~10 ms the first time in a process.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
