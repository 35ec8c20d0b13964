// Where the viewer's data comes from: embedded in the page (static site) or from the live server.
import type { ViewerBoot, ViewerChange, ViewerEntry, ViewerModel } from './contract.js';

/** What a data source tells the app as things change. */
export interface SourceEvents {
  /** A newer model; `reset` when the server may have restarted (its revisions begin again). */
  model(model: ViewerModel, reset?: boolean): void;
  entries(entries: ViewerEntry[]): void;
  status(status: 'live' | 'reconnecting'): void;
}

/** The models list and the current model, and (live only) their updates. */
export interface Source {
  readonly live: boolean;
  readonly themes: string[];
  readonly modelId: string | null;
  entries(): Promise<ViewerEntry[]>;
  /** The model, with the SVG of `theme` when given (the live server sends one theme at a time). */
  model(theme?: string): Promise<ViewerModel | null>;
  /** Follows changes; `theme` says which theme's SVG to fetch along with a changed model. */
  subscribe(events: SourceEvents, theme: () => string): void;
}

/** The source a viewer page's boot data describes. */
export function sourceOf(boot: Exclude<ViewerBoot, { mode: 'index' }>): Source {
  return boot.mode === 'static' ? staticSource(boot) : liveSource(boot);
}

function staticSource(boot: Extract<ViewerBoot, { mode: 'static' }>): Source {
  return {
    live: false, themes: boot.themes, modelId: boot.model.id,
    entries: async () => boot.models, model: async () => boot.model, subscribe: () => {},
  };
}

function liveSource(boot: Extract<ViewerBoot, { mode: 'live' }>): Source {
  const modelUrl = boot.model === null ? null : `${boot.api}/models/${encodeURIComponent(boot.model)}`;
  const model = async (theme?: string): Promise<ViewerModel | null> => (modelUrl ? getJson<ViewerModel>(modelUrl + (theme ? `?theme=${encodeURIComponent(theme)}` : '')) : null);
  return {
    live: true, themes: boot.themes, modelId: boot.model,
    entries: () => getJson<ViewerEntry[]>(`${boot.api}/models`).then((e) => e ?? []),
    model,
    subscribe: (events, theme) => listen(boot, () => model(theme()), events),
  };
}

// The event stream says which model changed; the page fetches it only when it is the one on screen.
function listen(boot: Extract<ViewerBoot, { mode: 'live' }>, model: () => Promise<ViewerModel | null>, events: SourceEvents): void {
  const stream = new EventSource(boot.api.replace(/\/api$/, '/events'));
  let broken = false;
  stream.addEventListener('model', (e) => {
    const change = JSON.parse((e as MessageEvent<string>).data) as ViewerChange;
    if (change.id === boot.model) void model().then((m) => m && events.model(m));
  });
  stream.addEventListener('models', () => void getJson<ViewerEntry[]>(`${boot.api}/models`).then((e) => e && events.entries(e)));
  stream.addEventListener('error', () => ((broken = true), events.status('reconnecting')));
  stream.addEventListener('open', () => {
    events.status('live');
    // A save between loading the page and connecting sent no event to us: fetch what the server has now.
    // After a reconnect the server may have restarted, its revisions beginning again: take its model as it is.
    const reset = broken;
    broken = false;
    void model().then((m) => m && events.model(m, reset));
  });
}

/** Text from the live server, or null when it is not there. */
export async function getText(url: string): Promise<string | null> {
  const res = await fetch(url);
  return res.ok ? res.text() : null;
}

async function getJson<T>(url: string): Promise<T | null> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  return res.ok ? ((await res.json()) as T) : null;
}
