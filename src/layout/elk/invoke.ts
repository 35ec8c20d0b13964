// Step 2 of 3: run ELK. One instance, created on first use, reused for every diagram.
import { createRequire } from 'node:module';
import type { ELK, ELKConstructorArguments, ElkNode } from 'elkjs/lib/elk-api.js';

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;

let instance: ELK | null = null;

function createElk(): ELK {
  // require, not import(): importing CommonJS from ESM first scans the 1.6 MB bundle for
  // export names (~130 ms). The bundled build runs in-process, without a worker.
  const Elk = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as ElkConstructor;
  // only the layered algorithm: the first layout gets ~40 ms faster
  return new Elk({ algorithms: ['layered'] });
}

/** Lays out an ELK graph; the result is a new graph with positions and edge routes. */
export async function runElk(graph: ElkNode): Promise<ElkNode> {
  instance ??= createElk();
  return instance.layout(graph);
}
