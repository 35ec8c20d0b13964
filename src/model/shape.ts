import { findTech, NODE_SHAPES, type NodeShape } from '../catalog/index.js';

/** A node's shape: its `shape:` when valid (the validator reports a bad one), else its technology's, else `card`. */
export function resolveShape(declared: string | null, tech: string | null): NodeShape {
  const own = NODE_SHAPES.find((s) => s === declared);
  if (own) return own;
  return (tech === null ? null : findTech(tech))?.shape ?? 'card';
}
