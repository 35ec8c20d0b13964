// Step 2 of 3: run dot (Graphviz compiled to WebAssembly). The module loads on first use, once.
import type { Graphviz } from '@hpcc-js/wasm-graphviz';

let instance: Promise<Graphviz> | null = null;

/** dot's layout of a DOT graph, as Graphviz's JSON output. */
export async function runDot(dot: string): Promise<DotJson> {
  instance ??= import('@hpcc-js/wasm-graphviz').then((m) => m.Graphviz.load());
  return JSON.parse((await instance).layout(dot, 'json', 'dot')) as DotJson;
}

/** The parts of Graphviz's JSON output we read (coordinates in points, y upwards). */
export interface DotJson {
  bb: string;
  objects?: { name: string; bb?: string; pos?: string }[];
  edges?: { id?: string; pos?: string; lp?: string }[];
}
