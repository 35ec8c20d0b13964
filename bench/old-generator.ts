// A stand-in for the old generator, to read the bench's fixed 0.58 s against the machine of the day:
// a Python process running Graphviz's `dot -Tpng` (96 dpi) on each of the four systems, with their
// labels, technologies, clusters, edge labels and a dark palette, as the Python script did, but
// without its icon images. Our VMs' speed swings by half between days, and what they charge most
// for (the first touch of a page) weighs on neonarch far more than on dot. Needs Debian's
// `graphviz` and a python3; without them the bench leaves it out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { loadModel } from '../src/model/index.js';
import type { Model } from '../src/model/types.js';

const quote = (text: string | null | undefined): string => JSON.stringify(String(text ?? ''));

/** The old generator's kind of DOT for a model: a cluster a group, a box a node, dashed data and dotted telemetry edges. */
function oldStyleDot(model: Model): string {
  const lines = [
    'digraph G {',
    `  graph [bgcolor="#0a0a0a", fontcolor="#ffffff", fontname="Helvetica", label=${quote(model.title)}, labelloc=t, fontsize=20, pad=0.5, nodesep=0.8, ranksep=1.0];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#1a1a2e", color="#00ff88", fontcolor="#ffffff", fontname="Helvetica", fontsize=12];',
    '  edge [color="#00ddff", fontcolor="#cccccc", fontname="Helvetica", fontsize=10];',
  ];
  const inGroup = (group: string | null): string[] =>
    model.nodes.filter((n) => n.parent === group).map((n) => `    ${quote(n.id)} [label=${quote(`${n.label}\n${n.tech ?? ''}`)}];`);
  lines.push(...inGroup(null));
  model.groups.forEach((g, i) => lines.push(`  subgraph cluster_${i} { label=${quote(g.label)}; style=rounded; color="#ff0080"; fontcolor="#ff0080";`, ...inGroup(g.id), '  }'));
  const style = { request: '', data: ', style=dashed', telemetry: ', style=dotted' } as Record<string, string>;
  for (const e of model.edges) lines.push(`  ${quote(e.from)} -> ${quote(e.to)} [label=${quote(e.label)}${style[e.kind] ?? ''}];`);
  return `${lines.join('\n')}\n}\n`;
}

const has = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Wall times of the stand-in, a fresh Python process each run; null where python3 or dot is missing. */
export function oldGeneratorStandIn(runs: number): number[] | null {
  // Debian's python3 first: a version manager's shim on PATH (pyenv) adds ~0.3 s of its own.
  const python = ['/usr/bin/python3', 'python3'].find((p) => has(p, ['-c', 'pass']));
  if (!python || !has('dot', ['-V'])) return null;
  const dir = mkdtempSync(join(tmpdir(), 'neonarch-bench-old-'));
  try {
    const pairs = BUILT_IN_SYSTEMS.map((system) => {
      const file = join(dir, `${system}.gv`);
      writeFileSync(file, oldStyleDot(loadModel(readFileSync(exampleFile(system), 'utf8'), system).value!));
      return [file, join(dir, `${system}.png`)];
    });
    const script = `import subprocess\nfor src, out in ${JSON.stringify(pairs)}:\n    subprocess.run(['dot', '-Tpng', '-Gdpi=96', '-o', out, src], check=True)\n`;
    return Array.from({ length: runs }, () => {
      const start = performance.now();
      const r = spawnSync(python, ['-c', script], { stdio: 'ignore' });
      if (r.status !== 0) throw new Error('the old-generator stand-in failed');
      return performance.now() - start;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
