import type { Theme } from '../theme/index.js';
import type { ViewerChange, ViewerEntry, ViewerModel } from '../viewer/contract.js';
import { draw } from '../pipeline.js';
import { displayPath, findModels, type ModelScope } from './discover.js';
import { drawModel } from './drawing.js';
import { modelIds } from './ids.js';
import { crashed, pending, readText, tracked, type Tracked } from './tracked.js';
import { viewerEntry, viewerModel, type ModelPlace } from './view.js';

/** What a workspace tells its listeners: one model changed, or models came or went. */
export type WorkspaceEvent = { type: 'model'; change: ViewerChange } | { type: 'models' };

/** A model's view and its drawing in one theme (null when it has no drawing in that theme). */
export interface ThemedView {
  view: ViewerModel;
  theme: Theme | null;
  svg: string | null;
}


/** The models under a path, each recompiled when its file changes; a render overtaken by a newer revision is dropped. */
export class Workspace {
  private tracked = new Map<string, Tracked>();
  private listeners: ((e: WorkspaceEvent) => void)[] = [];
  /** Renders discarded because the file changed again while they ran (for tests and the bench). */
  dropped = 0;

  constructor(readonly scope: ModelScope, private readonly placeOf: (id: string, file: string) => ModelPlace) {}

  /** Finds the models and starts compiling each; resolves when the list is known. */
  scan(): void {
    const files = findModels(this.scope);
    const ids = modelIds(files.map((f) => displayPath(this.scope, f)));
    const next = new Map<string, Tracked>();
    files.forEach((abs, i) => next.set(ids[i]!, this.keep(abs, ids[i]!)));
    const changed = [...next.keys()].join('\n') !== [...this.tracked.keys()].join('\n');
    this.tracked = next;
    for (const t of next.values()) this.reload(t);
    if (changed) this.emit({ type: 'models' });
  }

  /** A file in scope changed on disk: re-read it, or rescan when models came or went. */
  fileChanged(abs: string): void {
    const t = [...this.tracked.values()].find((x) => x.abs === abs);
    if (!t || readText(abs) === null) return this.scan();
    this.reload(t);
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  on(listener: (e: WorkspaceEvent) => void): () => void {
    this.listeners.push(listener);
    return () => void (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  /** Model ids in sidebar order. */
  ids(): string[] {
    return [...this.tracked.keys()];
  }

  /** The sidebar list; models still compiling for the first time show their file name. */
  entries(href: (id: string) => string): ViewerEntry[] {
    return [...this.tracked.entries()].map(([id, t]) => (t.view ? viewerEntry(t.view, href(id)) : pending(id, t, href(id))));
  }

  /** The current view of a model, once it has been compiled at least once; null for an unknown id. */
  async model(id: string): Promise<ViewerModel | null> {
    const t = this.tracked.get(id);
    if (!t) return null;
    await t.firstView;
    return t.view;
  }

  /** A model's current view with its drawing in a theme (default: the model's), drawn on first request; null for an unknown id. */
  async drawing(id: string, themeName: string | null): Promise<ThemedView | null> {
    const t = this.tracked.get(id);
    if (!t) return null;
    await t.firstView;
    // View and drawings are read in one go, so they always come from the same revision.
    const view = t.view!, name = themeName ?? view.theme, svgs = t.svgs;
    const theme = t.themes.find((x) => x.name === name) ?? null;
    if (!theme || !view.scene) return { view, theme: null, svg: null };
    if (!svgs.has(name)) svgs.set(name, draw(view.scene, theme, ['svg']).then((d) => d.svg!));
    return { view, theme, svg: await svgs.get(name)! };
  }

  private keep(abs: string, id: string): Tracked {
    const old = this.tracked.get(id);
    return old && old.abs === abs ? old : tracked(abs, this.placeOf(id, displayPath(this.scope, abs)));
  }


  private reload(t: Tracked): void {
    const text = readText(t.abs);
    if (text === null || text === t.text) return;
    t.text = text;
    t.revision += 1;
    void this.run(t);
  }

  // One render at a time per model; when it ends, a newer revision (if any) is rendered next.
  private async run(t: Tracked): Promise<void> {
    if (t.running) return;
    t.running = true;
    try {
      while ((t.view?.revision ?? 0) < t.revision && this.tracked.get(t.place.id) === t) await this.renderOnce(t);
    } finally {
      t.running = false;
    }
  }

  private async renderOnce(t: Tracked): Promise<void> {
    const revision = t.revision;
    const drawing = await drawModel(t.text!, t.place.file, this.scope.root, false).catch(crashed);
    if (revision !== t.revision || this.tracked.get(t.place.id) !== t) return void (this.dropped += 1);
    t.view = viewerModel(t.place, revision, drawing, t.view);
    if (drawing.scene) (t.themes = drawing.themes), (t.svgs = new Map(Object.entries(drawing.svg).map(([k, v]) => [k, Promise.resolve(v)])));
    t.settle();
    this.emit({ type: 'model', change: { id: t.place.id, revision } });
  }

  private emit(e: WorkspaceEvent): void {
    for (const l of this.listeners) l(e);
  }
}
