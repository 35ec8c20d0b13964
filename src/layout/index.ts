// Public entry of the layout stage: Model → Scene with the chosen engine.
import type { Model } from '../model/types.js';
import type { Scene } from '../scene/types.js';
import type { LayoutEngine, LayoutOptions } from './engine.js';
import { elkEngine } from './elk/index.js';
import { graphvizEngine } from './graphviz/engine.js';
import { onOutlines } from './outline.js';
import { rounded } from './round.js';
import { DEFAULT_ENGINE } from './engine-names.js';

export type { LayoutEngine, LayoutOptions } from './engine.js';
export { withFindings } from './findings.js';

const ENGINES: readonly LayoutEngine[] = [graphvizEngine, elkEngine];

export { DEFAULT_ENGINE } from './engine-names.js';

/** Names of the layout engines available. */
export function layoutEngineNames(): string[] {
  return ENGINES.map((e) => e.name);
}

/** Lays out a checked model; throws only for an engine name not in layoutEngineNames(). */
export async function layoutModel(model: Model, options: LayoutOptions = {}): Promise<Scene> {
  const name = options.engine ?? DEFAULT_ENGINE;
  const engine = ENGINES.find((e) => e.name === name);
  if (!engine) throw new Error(`unknown layout engine "${name}" (known: ${layoutEngineNames().join(', ')})`);
  // Engines end edges on node boxes; every engine's edges then meet the shapes as drawn.
  return rounded(onOutlines(await engine.layout(model, options)));
}
