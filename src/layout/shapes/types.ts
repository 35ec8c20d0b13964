import type { Box } from '../../scene/types.js';
import type { Outline } from './path.js';

/** Room on one side between a node's box and its content: `px` plus `frac` of the box's width (left, right) or height (top, bottom). */
export interface Inset {
  px: number;
  frac?: number;
}

export interface Insets {
  top: Inset;
  right: Inset;
  bottom: Inset;
  left: Inset;
}

/** What layout needs of a shape: where its content (icon and text) may go, and its silhouette. */
export interface ShapeFrame {
  /** The room the outline takes around the content area. */
  insets: Insets;
  /** The silhouette filling a node's box, pieces in drawing order. */
  outline(box: Box): Outline;
  /** True when edges already end on the outline at the box (a plain or rounded box). */
  boxed?: boolean;
}

/** The room on one side for a box side of `size` px. */
export function insetPx(inset: Inset, size: number): number {
  return inset.px + (inset.frac ?? 0) * size;
}

/** The content area of a shape in a box of this size, relative to the box's top-left corner. */
export function contentArea(frame: ShapeFrame, width: number, height: number): Box {
  const { top, right, bottom, left } = frame.insets;
  const x = insetPx(left, width), y = insetPx(top, height);
  return { x, y, width: width - x - insetPx(right, width), height: height - y - insetPx(bottom, height) };
}

/** The smallest box length whose content area along that axis is `content` px. */
export function boxLength(content: number, a: Inset, b: Inset): number {
  return (content + a.px + b.px) / (1 - (a.frac ?? 0) - (b.frac ?? 0));
}
