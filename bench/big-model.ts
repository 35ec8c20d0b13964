// A generated model of `groups × perGroup` nodes and about 1.5 edges a node, for the viewer bench.
const TECHS = ['go', 'python', 'java', 'react', 'postgresql', 'redis', 'kafka', 'nginx', 'prometheus', 'mongodb'];

/** YAML text of a layered system: each group feeds the next one, some edges are data and telemetry. */
export function bigModel(groups = 20, perGroup = 50): string {
  const lines = ['title: Generated Platform (bench)', 'description: A generated model for the viewer bench.', 'direction: right', 'groups:'];
  for (let g = 0; g < groups; g++) {
    lines.push(`  g${g}:`, `    label: Layer ${g}`, '    nodes:');
    for (let n = 0; n < perGroup; n++) lines.push(`      n${g}-${n}: { label: Service ${g}.${n}, tech: ${TECHS[(g + n) % TECHS.length]} }`);
  }
  lines.push('edges:');
  for (let g = 0; g < groups; g++) for (let n = 0; n < perGroup; n++) lines.push(...edgesOf(g, n, groups, perGroup));
  return `${lines.join('\n')}\n`;
}

// Every node calls one node of the next layer; every other node also reads or reports sideways.
function edgesOf(g: number, n: number, groups: number, perGroup: number): string[] {
  const out: string[] = [];
  if (g + 1 < groups) out.push(`  - n${g}-${n} -> n${g + 1}-${(n * 7) % perGroup}`);
  if (n % 2 === 0 && n + 1 < perGroup) out.push(`  - n${g}-${n} ${n % 4 === 0 ? '-->' : '..>'} n${g}-${n + 1}`);
  return out;
}
