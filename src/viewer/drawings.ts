// The SVG of a model in a theme: shipped with the model, or fetched once from the live server and kept.
import type { ViewerModel } from './contract.js';
import { getText } from './source.js';

/** SVG texts by model, drawn revision and theme. */
export class Drawings {
  private cache = new Map<string, Promise<string | null>>();

  /** The model's drawing in a theme, or null when there is none. */
  get(model: ViewerModel, theme: string): Promise<string | null> {
    const inline = model.svg[theme];
    if (inline !== undefined) return Promise.resolve(inline);
    const href = model.svgHref[theme];
    if (href === undefined) return Promise.resolve(null);
    const key = `${model.id}@${model.drawnRevision}/${theme}`;
    let hit = this.cache.get(key);
    if (!hit) this.cache.set(key, (hit = getText(href).catch(() => null)));
    return hit;
  }
}
