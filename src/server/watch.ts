import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILE, modelFolders, searched, type ModelScope } from './discover.js';

/** How long a burst of file events settles before the file is read (editors write in several steps). */
export const DEBOUNCE_MS = 20;

/** What the watcher reports: a model file changed, or folders came or went. */
export interface WatchHandlers {
  file(abs: string): void;
  folders(): void;
}

/** Watches every folder in scope (not recursive: node_modules and dot-folders stay unwatched). */
export class FolderWatcher {
  private watchers = new Map<string, FSWatcher>();
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly scope: ModelScope, private readonly handlers: WatchHandlers) {
    this.sync();
  }

  /** Starts watching new folders and stops watching vanished ones. */
  sync(): void {
    const wanted = new Set(modelFolders(this.scope));
    for (const [dir, w] of this.watchers) if (!wanted.has(dir)) w.close(), this.watchers.delete(dir);
    for (const dir of wanted) if (!this.watchers.has(dir)) this.add(dir);
  }

  /** Stops every watcher and pending timer. */
  close(): void {
    for (const w of this.watchers.values()) w.close();
    for (const t of this.timers.values()) clearTimeout(t);
    this.watchers.clear();
    this.timers.clear();
  }

  private add(dir: string): void {
    try {
      const w = watch(dir, { persistent: false }, (_event, name) => this.event(dir, name === null ? null : String(name)));
      w.on('error', () => this.later('folders', () => this.handlers.folders()));
      this.watchers.set(dir, w);
    } catch {
      // The folder went away between listing and watching; the next sync settles it.
    }
  }

  private event(dir: string, name: string | null): void {
    const path = name === null ? null : join(dir, name);
    if (path && MODEL_FILE.test(name!) && (!this.scope.file || path === this.scope.file)) return this.later(path, () => this.handlers.file(path));
    // Editors' swap and backup files (.x.swp, .#x) and node_modules never hold a model or a searched folder.
    if (!this.scope.file && name !== null && searched(name)) this.later('folders', () => this.handlers.folders());
  }

  private later(key: string, run: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => (this.timers.delete(key), run()), DEBOUNCE_MS));
  }
}
