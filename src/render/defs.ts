import { EDGE_KINDS, type EdgeKind } from '../model/types.js';
import type { Scene } from '../scene/types.js';
import { fontFaceCss } from '../text/measure.js';
import type { Theme } from '../theme/index.js';
import { gridDefs } from './grid.js';
import { iconDefs } from './icons.js';
import { markerDefs } from './markers.js';

const unique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/** Icons the scene's nodes show, sorted so the output is stable. */
export function iconsInUse(scene: Scene): string[] {
  return unique(scene.nodes.flatMap((n) => (n.icon && n.iconBox ? [n.icon] : [])));
}

/** Edge kinds drawn by edges or the legend, in the canonical order. */
export function kindsInUse(scene: Scene): EdgeKind[] {
  const used = new Set<EdgeKind>([...scene.edges.map((e) => e.kind), ...(scene.legend?.items.map((i) => i.kind) ?? [])]);
  return EDGE_KINDS.filter((k) => used.has(k));
}

/** Every piece of text the scene shows, so the font embedding can cover it. */
export function allText(scene: Scene): string {
  const labels = [scene.titleLabel, ...scene.groups.map((g) => g.label), ...scene.nodes.flatMap((n) => [n.label, n.sublabel]), ...scene.edges.map((e) => e.label)];
  const findings = scene.findings?.flatMap((f) => [String(f.number), ...f.row.label.lines]) ?? [];
  return [...labels.flatMap((l) => l?.lines ?? []), ...(scene.legend?.items.map((i) => i.text) ?? []), ...findings].join('');
}

/** Everything defined once and referenced by id: the embedded font, icon symbols, arrowheads, the canvas grid. */
export function defs(scene: Scene, theme: Theme): string {
  const font = `<style><![CDATA[${fontFaceCss(allText(scene))}]]></style>`;
  const body = iconDefs(iconsInUse(scene), scene.icons) + markerDefs(kindsInUse(scene), theme) + gridDefs(theme);
  return `<defs>${font}${body}</defs>`;
}
