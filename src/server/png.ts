import type { Scene } from '../scene/types.js';
import type { Theme } from '../theme/index.js';
import { draw } from '../pipeline.js';

/** PNGs drawn on demand, one per model and theme for the newest drawn revision. */
export class PngCache {
  private cache = new Map<string, { revision: number; png: Promise<Buffer> }>();

  /** The PNG of a model's drawing in a theme, rasterised once per drawn revision. */
  get(id: string, revision: number, theme: Theme, scene: Scene): Promise<Buffer> {
    const key = `${id}\n${theme.name}`;
    const hit = this.cache.get(key);
    if (hit && hit.revision === revision) return hit.png;
    const png = draw(scene, theme, ['png']).then((d) => d.png!);
    this.cache.set(key, { revision, png });
    return png;
  }
}
