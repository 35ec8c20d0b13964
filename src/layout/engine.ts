// The port every layout engine plugs into (Graphviz and elkjs today).
import type { Model } from '../model/types.js';
import type { Scene } from '../scene/types.js';

export interface LayoutOptions {
  /** Name of the engine to use; the default engine when absent. */
  engine?: string;
}

/** Turns a checked model into a scene: absolute geometry, ready to draw. */
export interface LayoutEngine {
  readonly name: string;
  layout(model: Model, options: LayoutOptions): Promise<Scene>;
}
