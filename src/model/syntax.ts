import type { EdgeKind } from './types.js';

/** An id: a letter or `_`, then letters, digits, `_`, `.` or `-`. */
export const ID_SOURCE = '[A-Za-z_][A-Za-z0-9_.-]*';
const LIST_SOURCE = `${ID_SOURCE}(?:\\s*,\\s*${ID_SOURCE})*`;
const ARROW_SOURCE = '-->|->|\\.\\.>';
// Arrows need spaces around them: ids may contain `-` and `.`, so `a-->b` would be ambiguous.
const EDGE_HEAD = `^\\s*(${LIST_SOURCE})\\s+(${ARROW_SOURCE})\\s+(${LIST_SOURCE})\\s*`;

/** Whole-string pattern of an id (JSON Schema `pattern`). */
export const ID_PATTERN = `^${ID_SOURCE}$`;
/** An edge string, `a, b -> c: label` (groups: from list, arrow, to list, label). */
export const EDGE_PATTERN = `${EDGE_HEAD}(?::\\s*([\\s\\S]*))?$`;
/** The key of a labelled edge pair, `a -> b` in `- a -> b: label`. */
export const EDGE_KEY_PATTERN = `${EDGE_HEAD}$`;

/** The kind each arrow draws. */
export const ARROWS: Readonly<Record<string, EdgeKind>> = { '->': 'request', '-->': 'data', '..>': 'telemetry' };

/** The forms an edge may take, for hints. */
export const EDGE_FORMS = 'write "a -> b" (request), "a --> b" (data) or "a ..> b" (telemetry); lists "a, b -> c" and a label "a -> b: HTTPS" are allowed';

/** Why an edge string failed, as a hint. */
export function explainEdge(text: string): string {
  if (/[<=]=?>|<-|\u2014|\u2192/.test(text)) return `arrows are -> (request), --> (data) and ..> (telemetry), pointing from caller to callee; ${EDGE_FORMS}`;
  if (new RegExp(EDGE_PATTERN).test(text.replace(/\s*(-->|->|\.\.>)\s*/, ' $1 '))) return 'put spaces around the arrow, e.g. "web -> api" (ids may contain "-" and ".")';
  if (!/-->|->|\.\.>/.test(text)) return `an edge needs an arrow; ${EDGE_FORMS}`;
  return `ids start with a letter or "_" and contain letters, digits, "_", "." or "-"; ${EDGE_FORMS}`;
}

/** Why an id failed, as a hint. */
export const ID_HINT = 'ids start with a letter or "_" and contain only letters, digits, "_", "." and "-"';
