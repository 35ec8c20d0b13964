// What the workspace keeps per model file, and the small pieces around it.
import { readFileSync } from 'node:fs';
import type { Theme } from '../theme/index.js';
import type { ViewerEntry, ViewerModel } from '../viewer/contract.js';
import type { ModelDrawing } from './drawing.js';
import type { ModelPlace } from './view.js';

/** One model file being watched: its newest revision and the last view published. */
export interface Tracked {
  abs: string;
  place: ModelPlace;
  revision: number;
  text: string | null;
  view: ViewerModel | null;
  /** The themes of the last good drawing (a model's own theme file is not in the registry). */
  themes: Theme[];
  /** The last good drawing's SVG by theme: the default one drawn with it, the others when first asked for. */
  svgs: Map<string, Promise<string>>;
  running: boolean;
  /** Settles when the first view is published, so requests can wait for it. */
  firstView: Promise<void>;
  settle: () => void;
}

/** A model file seen for the first time: nothing read, nothing drawn. */
export function tracked(abs: string, place: ModelPlace): Tracked {
  let settle = (): void => {};
  const firstView = new Promise<void>((resolve) => (settle = resolve));
  return { abs, place, revision: 0, text: null, view: null, themes: [], svgs: new Map(), running: false, firstView, settle };
}

/** A bug in a stage must not leave the page waiting forever: it shows as a problem of this revision. */
export function crashed(err: unknown): ModelDrawing {
  const message = `neonarch failed to draw this model: ${(err as Error)?.message ?? String(err)}`;
  const diagnostic = { severity: 'error' as const, code: 'internal-error', message, hint: 'this is a bug in neonarch, not in your model', where: '', frame: '' };
  return { title: null, description: null, scene: null, themes: [], svg: {}, theme: 'dark-neon', diagnostics: [diagnostic], findings: [], raw: [] };
}

/** The sidebar line of a model still compiling for the first time. */
export function pending(id: string, t: Tracked, href: string): ViewerEntry {
  return { id, file: t.place.file, title: t.place.file, description: null, href, errors: 0 };
}

/** A file's text; unreadable (deleted, or a folder) reads as null and the rescan drops it from the list. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
