// Finding nodes by what people remember: the label, the id or the technology.
import type { SceneNode } from '../scene/types.js';

/** How well a node matches; lower is better, null for no match. */
export function matchScore(node: SceneNode, query: string): number | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const label = node.label.text.toLowerCase();
  const id = node.id.toLowerCase();
  const tech = `${node.techLabel ?? ''} ${node.tech ?? ''}`.toLowerCase();
  if (label === q || id === q) return 0;
  if (label.startsWith(q)) return 1;
  if (label.split(/[^a-z0-9]+/).some((w) => w.startsWith(q))) return 2;
  if (id.includes(q)) return 3;
  if (label.includes(q)) return 4;
  return tech.includes(q) ? 5 : null;
}

/** Nodes matching the query, best first, the scene's order among equals. */
export function searchNodes(nodes: readonly SceneNode[], query: string, limit = 8): SceneNode[] {
  return nodes
    .map((node, i) => ({ node, i, score: matchScore(node, query) }))
    .filter((m): m is { node: SceneNode; i: number; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .slice(0, limit)
    .map((m) => m.node);
}
