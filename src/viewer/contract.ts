// What the server and the site builder hand the browser viewer: plain JSON, types only (no runtime code).
import type { Scene } from '../scene/types.js';

/** A problem with the model file, as the error overlay shows it. */
export interface ViewerDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint: string | null;
  /** `file:line:col`, or the file alone when there is no position. */
  where: string;
  /** The source lines around the problem with a caret underline (as `neonarch check` prints), or ''. */
  frame: string;
}

/** A finding of the architecture rules, with the nodes it is about. */
export interface ViewerFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'note';
  message: string;
  hint: string | null;
  where: string;
  nodes: string[];
}

/** One model as the viewer shows it: the last good drawing plus the current problems. */
export interface ViewerModel {
  id: string;
  file: string;
  /** Counts every change of the file seen; the viewer never replaces a newer revision with an older one. */
  revision: number;
  /** The revision the drawing comes from (older than `revision` while the file is broken). */
  drawnRevision: number;
  title: string;
  description: string | null;
  /** Null until the model has been drawn once without errors. */
  scene: Scene | null;
  /** The diagram in the themes shipped with the model (every theme on the static site), keyed by theme name. */
  svg: Record<string, string>;
  /** Where to fetch the SVG of a theme missing from `svg` (the live server sends one theme at a time). */
  svgHref: Record<string, string>;
  /** Where the pre-rendered PNG of each theme is, keyed by theme name. */
  png: Record<string, string>;
  /** The theme the model asks for (`theme:`), else the default. */
  theme: string;
  /** Every theme it can be shown in, in menu order (the model's own theme file first). */
  themes: string[];
  /** Chrome colours for the model's own theme (a CSS block), or '' when it uses only built-in themes. */
  themeCss: string;
  /** Errors and warnings of the current revision; errors mean the drawing is stale. */
  diagnostics: ViewerDiagnostic[];
  findings: ViewerFinding[];
  /** Prefix that relative node links resolve against (the model's folder on the server). */
  linkBase: string;
}

/** A line of the sidebar's model list. */
export interface ViewerEntry {
  id: string;
  file: string;
  title: string;
  description: string | null;
  /** Where the model's page is. */
  href: string;
  errors: number;
}

/**
 * The page's boot data, embedded as JSON: `static` carries everything, `live` says where the API is,
 * `index` is the static site's front page (its cards are plain HTML; the script adds the theme switch).
 */
export type ViewerBoot =
  | { mode: 'static'; themes: string[]; models: ViewerEntry[]; model: ViewerModel; index: string }
  | { mode: 'live'; themes: string[]; api: string; model: string | null }
  | { mode: 'index'; themes: string[] };

/** What the live server pushes when a model changes (server-sent event `model`). */
export interface ViewerChange {
  id: string;
  revision: number;
}
