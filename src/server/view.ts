import type { ViewerEntry, ViewerModel } from '../viewer/contract.js';
import { getTheme } from '../theme/index.js';
import type { ModelDrawing } from './drawing.js';
import { themeBlock } from './theme-css.js';

/** Where a model is and how its producer (server or site) addresses its files. */
export interface ModelPlace {
  id: string;
  /** Display path, relative to the served folder. */
  file: string;
  /** PNG address of a theme for a drawn revision, or null when there are no PNGs. */
  png(theme: string, drawnRevision: number): string | null;
  /** Address of a theme's SVG for a drawn revision, or null when every SVG ships with the model. */
  svg(theme: string, drawnRevision: number): string | null;
  linkBase: string;
}

/** The viewer's model for a new revision: a failed drawing keeps the previous good one on screen. */
export function viewerModel(place: ModelPlace, revision: number, drawing: ModelDrawing, previous: ViewerModel | null): ViewerModel {
  const good = drawing.scene !== null;
  const drawnRevision = good ? revision : previous?.drawnRevision ?? 0;
  const svg = good ? drawing.svg : previous?.svg ?? {};
  const themes = good ? drawing.themes.map((t) => t.name) : previous?.themes ?? [];
  return {
    id: place.id,
    file: place.file,
    revision,
    drawnRevision,
    title: drawing.title ?? previous?.title ?? place.file,
    description: good ? drawing.description : previous?.description ?? drawing.description,
    scene: drawing.scene ?? previous?.scene ?? null,
    svg,
    svgHref: Object.fromEntries(themes.flatMap((theme) => hrefOf(place.svg(theme, drawnRevision), theme))),
    png: Object.fromEntries(themes.flatMap((theme) => hrefOf(place.png(theme, drawnRevision), theme))),
    theme: good ? drawing.theme : previous?.theme ?? drawing.theme,
    themes,
    themeCss: good ? drawing.themes.filter((t) => getTheme(t.name) !== t).map(themeBlock).join('\n') : previous?.themeCss ?? '',
    diagnostics: drawing.diagnostics,
    findings: good ? drawing.findings : previous?.findings ?? [],
    linkBase: place.linkBase,
  };
}

const hrefOf = (href: string | null, theme: string): [string, string][] => (href === null ? [] : [[theme, href]]);

/** The model with the SVG of one theme only (the others stay reachable through `svgHref`). */
export function withOneTheme(model: ViewerModel, theme: string, svg: string | null): ViewerModel {
  return { ...model, svg: svg === null ? {} : { [theme]: svg } };
}

/** The sidebar line of a model. */
export function viewerEntry(model: ViewerModel, href: string): ViewerEntry {
  const errors = model.diagnostics.filter((d) => d.severity === 'error').length;
  return { id: model.id, file: model.file, title: model.title, description: model.description, href, errors };
}
