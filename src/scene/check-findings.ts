// Beyond the shared tool: the badges of `render --findings` must cover nothing but the corner of their
// own node (or their own edge's line), and the finding rows must sit in the legend, clear of each other.
import type { Box, FindingBadge, Scene } from './types.js';
import { type Defect, type DefectKind, defect } from './defect.js';
import { isInside, overlapArea, segmentHitsBox, shrink } from './geometry.js';

interface Badge { name: string; box: FindingBadge }
interface Named { name: string; box: Box; kind: DefectKind; node?: string }

function badges(scene: Scene): Badge[] {
  return (scene.findings ?? []).flatMap((f) => f.badges.map((box) => ({ name: `badge ${f.number}`, box })));
}

/** What a badge may not cover: nodes (bar its own), their text and icons, titles, edge labels, the title band and legend. */
function covered(scene: Scene): Named[] {
  const text = (name: string, box: Box | null): Named[] => (box && box.width > 0 ? [{ name, box, kind: 'labelOverlaps' }] : []);
  return [
    ...scene.nodes.flatMap((n) => [{ name: `node ${n.id}`, box: n, kind: 'labelOverlaps' as const, node: n.id },
      ...text(`label of ${n.id}`, n.label), ...text(`caption of ${n.id}`, n.sublabel), ...text(`icon of ${n.id}`, n.iconBox)]),
    ...scene.groups.flatMap((g) => text(`title of group ${g.id}`, g.label)),
    ...scene.edges.flatMap((e) => (e.label ? [{ name: `label of edge ${e.id}`, box: e.label, kind: 'edgeLabelOverlaps' as const }] : [])),
    { name: 'title', box: scene.titleLabel, kind: 'frameDefects' },
    ...(scene.legend ? [{ name: 'legend', box: scene.legend, kind: 'frameDefects' as const }] : []),
  ];
}

function badgeDefects(b: Badge, scene: Scene, others: readonly Named[]): Defect[] {
  const found = others.filter((o) => o.node === undefined || o.node !== b.box.node).filter((o) => overlapArea(b.box, o.box) > 0)
    .map((o) => defect(o.kind, `${b.name} covers the ${o.name}`));
  const inner = shrink(b.box, 1);
  for (const e of scene.edges) {
    const hit = e.id !== b.box.edge && e.points.some((p, k) => k > 0 && segmentHitsBox(e.points[k - 1]!, p, inner));
    if (hit) found.push(defect('edgeThroughLabel', `edge ${e.id} runs through ${b.name}`));
  }
  for (const g of scene.groups) if (!isInside(b.box, g) && overlapArea(b.box, g) > 0) found.push(defect('groupOverlaps', `${b.name} straddles the border of group ${g.id}`));
  if (!isInside(b.box, { x: 0, y: 0, width: scene.width, height: scene.height })) found.push(defect('outsideCanvas', `${b.name} leaves the canvas`));
  return found;
}

function pairs<T>(list: readonly T[], clash: (a: T, b: T) => Defect | null): Defect[] {
  return list.flatMap((a, i) => list.slice(i + 1).flatMap((b) => clash(a, b) ?? []));
}

/** The finding rows outside the legend, or over each other; a row's badge over its text. */
function rowDefects(scene: Scene): Defect[] {
  const findings = scene.findings ?? [];
  const legend = scene.legend;
  if (!findings.length) return [];
  if (!legend) return [defect('frameDefects', 'findings are listed but there is no legend')];
  const outside = findings.flatMap((f) => [f.row, f.row.badge, f.row.label].filter((b) => !isInside(b, legend))
    .map(() => defect('frameDefects', `the row of finding ${f.number} leaves the legend`)));
  const own = findings.filter((f) => overlapArea(f.row.badge, f.row.label) > 0).map((f) => defect('frameDefects', `the badge of row ${f.number} covers its text`));
  const clash = pairs(findings, (a, b) => (overlapArea(a.row, b.row) > 0 ? defect('frameDefects', `rows ${a.number} and ${b.number} overlap`) : null));
  return [...outside, ...own, ...clash];
}

/** Badges covering anything, crossed by a line, astride a group border or off the canvas; finding rows out of place. */
export function findFindingDefects(scene: Scene): Defect[] {
  const all = badges(scene);
  const others = covered(scene);
  const each = all.flatMap((b) => badgeDefects(b, scene, others));
  const clash = pairs(all, (a, b) => (overlapArea(a.box, b.box) > 0 ? defect('labelOverlaps', `${a.name} covers ${b.name}`) : null));
  return [...each, ...clash, ...rowDefects(scene)];
}
