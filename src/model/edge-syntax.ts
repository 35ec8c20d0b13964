import type { EdgeKind } from './types.js';
import { ARROWS, EDGE_KEY_PATTERN, EDGE_PATTERN, ID_SOURCE } from './syntax.js';

/** An endpoint id with its character range in the edge text. */
export interface IdAt {
  id: string;
  start: number;
  end: number;
}

/** An edge string taken apart: `a, b -> c: label`. */
export interface EdgeText {
  from: IdAt[];
  kind: EdgeKind;
  to: IdAt[];
  label: string | null;
}

const EDGE = new RegExp(EDGE_PATTERN, 'du');
const EDGE_KEY = new RegExp(EDGE_KEY_PATTERN, 'du');

/** Parses an edge string (`withLabel`) or the key of a labelled pair; null when it is not one. */
export function parseEdgeText(text: string, withLabel: boolean): EdgeText | null {
  const m = (withLabel ? EDGE : EDGE_KEY).exec(text);
  if (!m?.indices) return null;
  const label = m[4]?.trim() || null;
  return { from: ids(m[1]!, m.indices[1]![0]), kind: ARROWS[m[2]!]!, to: ids(m[3]!, m.indices[3]![0]), label };
}

function ids(list: string, offset: number): IdAt[] {
  return [...list.matchAll(new RegExp(ID_SOURCE, 'g'))].map((m) => ({ id: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
}
