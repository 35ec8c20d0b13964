// `--theme auto`: one SVG that is dark-neon by default and light when the reader's system asks for light.
// The scene is drawn in both themes; where the two drawings differ (only colours, widths and opacities
// do), the element gets a class whose light values sit in `@media (prefers-color-scheme: light)`.
// Presentation attributes keep the dark values, so viewers without CSS media queries (resvg) show dark.
import type { Scene } from '../scene/types.js';
import type { Theme } from '../theme/index.js';
import { renderSvg } from './svg.js';

// Author CSS outranks presentation attributes, so these properties can be switched by a class.
const SWITCHABLE = new Set(['fill', 'stroke', 'color', 'stroke-width', 'stroke-opacity', 'fill-opacity', 'opacity', 'stroke-dasharray', 'rx']);
const LENGTHS = new Set(['stroke-width', 'rx']);
const TOKEN = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[^>]*>|[^<]+/g;
const ATTR = /\s([\w:-]+)="([^"]*)"/g;

/** The scene as one SVG following `prefers-color-scheme`: `dark` by default, `light` on request. */
export function renderAutoSvg(scene: Scene, dark: Theme, light: Theme): string {
  // Light without glow would drop the halo elements; with zero strength it keeps them, invisible.
  const lightShaped = light.glow.enabled ? light : { ...light, glow: { ...dark.glow, strength: 0 } };
  const a = renderSvg(scene, dark).match(TOKEN) ?? [];
  const b = renderSvg(scene, lightShaped).match(TOKEN) ?? [];
  if (a.length !== b.length) throw new Error('auto theme: the two drawings differ in structure');
  const classes = new Map<string, string>();
  const merged = a.map((tok, i) => (tok === b[i] ? tok : switchable(tok, b[i]!, classes)));
  const rules = [...classes].map(([css, name]) => `.${name}{${css}}`).join('');
  const style = `<style>@media (prefers-color-scheme: light){${rules}}</style>`;
  return merged.join('').replace('</desc>', `</desc>${style}`);
}

/** The dark tag with a class carrying the light values of the attributes that differ. */
function switchable(darkTag: string, lightTag: string, classes: Map<string, string>): string {
  const d = attributes(darkTag);
  const l = attributes(lightTag);
  if (tagName(darkTag) !== tagName(lightTag) || [...d.keys()].join() !== [...l.keys()].join()) {
    throw new Error(`auto theme: <${tagName(darkTag)}> is drawn differently in the two themes`);
  }
  const changed = [...d.keys()].filter((k) => d.get(k) !== l.get(k));
  const bad = changed.find((k) => !SWITCHABLE.has(k));
  if (bad) throw new Error(`auto theme: ${bad} differs between the themes and cannot be switched by CSS`);
  const css = changed.map((k) => `${k}:${l.get(k)}${LENGTHS.has(k) ? 'px' : ''}`).join(';');
  const name = classes.get(css) ?? `nx-light-${classes.size}`;
  classes.set(css, name);
  const existing = d.get('class');
  const tag = existing === undefined ? darkTag.replace(/^<[\w:-]+/, (m) => `${m} class="${name}"`) : darkTag.replace(`class="${existing}"`, `class="${existing} ${name}"`);
  return tag;
}

const tagName = (tag: string): string => /^<\/?([\w:-]+)/.exec(tag)?.[1] ?? '';

function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(ATTR)].map((m) => [m[1]!, m[2]!]));
}
