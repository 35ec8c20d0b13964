// The default engine: Graphviz places, our router draws; a model it cannot draw cleanly goes to ELK,
// and when ELK cannot either, the better of the two drawings stays.
import type { Model } from '../../model/types.js';
import type { Scene } from '../../scene/types.js';
import type { LayoutEngine, LayoutOptions } from '../engine.js';
import { elkEngine } from '../elk/index.js';
import { beats } from '../score.js';
import { bestGraphvizLayout, scoreOf } from './index.js';

/** dot (Graphviz in WebAssembly) with orthogonal routes; ELK for the models it cannot draw with zero defects. */
export const graphvizEngine: LayoutEngine = {
  name: 'graphviz',
  async layout(model: Model, options: LayoutOptions): Promise<Scene> {
    const own = await bestGraphvizLayout(model);
    if (own && own.score[0] === 0) return own.scene;
    const elk = await elkEngine.layout(model, options);
    return own && beats(own.score, scoreOf(model, elk)) ? own.scene : elk;
  },
};
