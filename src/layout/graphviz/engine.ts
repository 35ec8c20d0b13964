// The default engine: Graphviz places, our router draws; a model it cannot route cleanly goes to ELK.
import type { Model } from '../../model/types.js';
import type { Scene } from '../../scene/types.js';
import type { LayoutEngine } from '../engine.js';
import { elkEngine } from '../elk/index.js';
import { layoutWithGraphviz } from './index.js';

/** dot (Graphviz in WebAssembly) with orthogonal routes; ELK for the models it declines. */
export const graphvizEngine: LayoutEngine = {
  name: 'graphviz',
  async layout(model: Model, options): Promise<Scene> {
    return (await layoutWithGraphviz(model)) ?? elkEngine.layout(model, options);
  },
};
