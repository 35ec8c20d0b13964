import type { Finding } from './types.js';

/** A finding as plain JSON for `--format json`: the diagnostic fields plus the nodes and edges involved. */
export interface FindingJson {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  hint: string | null;
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  nodes: string[];
  edges: string[];
}

/** Plain objects with a fixed key order, ready for JSON.stringify. */
export function findingsToJson(list: readonly Finding[]): FindingJson[] {
  return list.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    hint: f.hint ?? null,
    file: f.span.file,
    line: f.span.line,
    col: f.span.col,
    endLine: f.span.endLine,
    endCol: f.span.endCol,
    nodes: [...f.nodes],
    edges: [...f.edges],
  }));
}
