// Step 2 of 3: run dot (Graphviz compiled to WebAssembly by @viz-js/viz). The module loads on first use, once.
import type { Viz } from '@viz-js/viz';

let instance: Promise<Viz> | null = null;

/** dot's layout of a DOT graph, as Graphviz's JSON output. */
export async function runDot(dot: string): Promise<DotJson> {
  instance ??= import('@viz-js/viz').then((m) => m.instance());
  return JSON.parse((await instance).renderString(dot, { format: 'json', engine: 'dot' })) as DotJson;
}

/** The parts of Graphviz's JSON output we read (coordinates in points, y upwards). */
export interface DotJson {
  bb: string;
  objects?: { name: string; bb?: string; pos?: string }[];
  edges?: { id?: string; pos?: string; lp?: string }[];
}
