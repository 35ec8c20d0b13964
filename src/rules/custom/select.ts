import { findTech } from '../../catalog/index.js';
import type { Selector, SelectorKey } from '../../model/rule-types.js';
import type { Graph } from '../graph.js';

type Test = (graph: Graph, id: string, word: string) => boolean;

// How each selector key tests a node against one of its words.
const TESTS: Readonly<Record<SelectorKey, Test>> = {
  id: (_, id, word) => id === word,
  group: (graph, id, word) => graph.groups(id).includes(word),
  tag: (graph, id, word) => graph.node(id).tags.some((t) => t.toLowerCase() === word.toLowerCase()),
  tech: (graph, id, word) => graph.node(id).tech === (findTech(word)?.id ?? word.toLowerCase()),
  role: (graph, id, word) => graph.role(id) === word,
  zone: (graph, id, word) => graph.node(id).zone === word,
};

/** True when the node matches: every key given matches one of its words, and `not` does not match. No selector: any node. */
export function matches(graph: Graph, selector: Selector | null, id: string): boolean {
  if (!selector) return true;
  const keys = Object.keys(TESTS) as SelectorKey[];
  const all = keys.every((k) => selector[k].length === 0 || selector[k].some((w) => TESTS[k](graph, id, w.text)));
  return all && !(selector.not && matches(graph, selector.not, id));
}

/** How messages name a selector: `group frontend`, `role database and tag public`. */
export function describeSelector(selector: Selector | null): string {
  if (!selector) return 'any node';
  const keys = Object.keys(TESTS) as SelectorKey[];
  const parts = keys.filter((k) => selector[k].length).map((k) => `${k} ${selector[k].map((w) => w.text).join('|')}`);
  if (selector.not) parts.push(`not (${describeSelector(selector.not)})`);
  return parts.join(' and ') || 'any node';
}
