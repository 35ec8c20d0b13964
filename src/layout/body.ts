// The diagram proper, as an engine returns it: groups, nodes and edges, origin at its top-left.
// The frame (title band, legend, margins) is added around it by the shared composer.
import type { Edge, Group, Model, Node } from '../model/types.js';
import type { Box, Point, Scene, SceneEdge, SceneGroup, SceneLabel, SceneNode } from '../scene/types.js';
import type { Card } from './sizing.js';
import { groupTitle } from './label-sizing.js';

export type Body = Pick<Scene, 'width' | 'height' | 'groups' | 'nodes' | 'edges'>;

/** Accent for ungrouped nodes without their own colour. */
export const DEFAULT_ACCENT = 'cyan';

/** The box moved by (dx, dy). */
export function shifted<T extends Box>(b: T, dx: number, dy: number): T {
  return { ...b, x: b.x + dx, y: b.y + dy };
}

/** A group moved by (dx, dy), title included. */
export function moveGroup(g: SceneGroup, dx: number, dy: number): SceneGroup {
  return { ...shifted(g, dx, dy), label: shifted(g.label, dx, dy) };
}

/** A node moved by (dx, dy), its text and icon boxes included. */
export function moveNode(n: SceneNode, dx: number, dy: number): SceneNode {
  const iconBox = n.iconBox ? shifted(n.iconBox, dx, dy) : null;
  const sublabel = n.sublabel ? shifted(n.sublabel, dx, dy) : null;
  return { ...shifted(n, dx, dy), label: shifted(n.label, dx, dy), sublabel, iconBox };
}

/** An edge moved by (dx, dy), route and label. */
export function moveEdge(e: SceneEdge, dx: number, dy: number): SceneEdge {
  const points = e.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  return { ...e, points, label: e.label ? shifted(e.label, dx, dy) : null };
}

function depthOf(model: Model, parent: string | null): number {
  let depth = 0;
  for (let p = parent; p && depth <= model.groups.length; depth++) p = model.groups.find((g) => g.id === p)?.parent ?? null;
  return depth;
}

function accentOf(model: Model, node: Node): string {
  return node.color ?? model.groups.find((g) => g.id === node.parent)?.color ?? DEFAULT_ACCENT;
}

/** A scene group from its model group and laid-out box. */
export function sceneGroup(model: Model, g: Group, box: Box): SceneGroup {
  const frame = { x: box.x, y: box.y, width: box.width, height: box.height };
  return { id: g.id, parent: g.parent, depth: depthOf(model, g.parent), color: g.color, ...frame, label: shifted(groupTitle(g), box.x, box.y) };
}

/** A scene node from its model node, card and laid-out top-left corner. */
export function sceneNode(model: Model, node: Node, card: Card, at: Point): SceneNode {
  return {
    id: node.id, parent: node.parent, color: accentOf(model, node), shape: card.shape,
    x: at.x, y: at.y, width: card.width, height: card.height,
    tech: node.tech, techLabel: node.techLabel, icon: node.icon,
    iconBox: card.iconBox ? shifted(card.iconBox, at.x, at.y) : null,
    label: shifted(card.label, at.x, at.y),
    sublabel: card.sublabel ? shifted(card.sublabel, at.x, at.y) : null,
    description: node.description, links: node.links, tags: node.tags,
  };
}

/** A scene edge from its model edge, route and label box. */
export function sceneEdge(e: Edge, points: Point[], label: SceneLabel | null): SceneEdge {
  return { id: e.id, from: e.from, to: e.to, kind: e.kind, points, label };
}
