// The four built-in examples carry every node, group and edge of the old generator's diagrams,
// and lay out with zero geometry defects in every theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { BUILT_IN_SYSTEMS, exampleFile } from '../src/cli/examples.js';
import { compile, draw } from '../src/pipeline.js';
import { checkScene } from '../src/scene/check.js';
import { themeNames } from '../src/theme/index.js';

const EXPECTED: Record<string, { counts: [number, number, number]; groups: string[]; nodes: string[] }> = {
  'liberation-system': {
    counts: [16, 5, 15],
    groups: ['Frontend Layer', 'API Gateway', 'Microservices', 'Data Layer', 'Monitoring & Observability'],
    nodes: ['Web Interface', 'Mobile App', 'Admin Panel', 'API Gateway', 'Load Balancer', 'User Service', 'Auth Service', 'Data Service', 'Notification Service', 'Primary Database', 'Cache Layer', 'Document Store', 'File Storage', 'Metrics Collection', 'Dashboards', 'Centralized Logging'],
  },
  'tiation-rigger-workspace': {
    counts: [16, 5, 16],
    groups: ['Client Applications', 'API Services', 'Container Orchestration', 'Data & Storage', 'Automation Server'],
    nodes: ['Web Client', 'Mobile Client', 'Desktop Client', 'Connect API', 'Jobs API', 'Metrics API', 'Kubernetes Cluster', 'Ingress Controller', 'Services', 'Application Pods', 'PostgreSQL', 'Redis Cache', 'Blob Storage', 'Automation Server', 'Workflow Engine', 'Job Scheduler'],
  },
  'docker-debian': {
    counts: [12, 4, 14],
    groups: ['Container Management', 'Runtime Environment', 'Storage & Persistence', 'Monitoring & Logging'],
    nodes: ['Container Engine', 'Container Registry', 'Orchestrator', 'Debian Base', 'Security Layer', 'Networking', 'Persistent Storage', 'Config Store', 'Backup System', 'Metrics Collection', 'Log Aggregation', 'Alerting System'],
  },
  infrastructure: {
    counts: [15, 5, 20],
    groups: ['External Services', 'Edge Layer', 'Application Services', 'Data Services', 'Infrastructure'],
    nodes: ['CDN', 'DNS', 'External APIs', 'Load Balancer', 'API Gateway', 'Firewall', 'Web Services', 'API Services', 'Background Jobs', 'Databases', 'Cache Layer', 'Message Queue', 'Container Platform', 'Monitoring', 'Logging'],
  },
};

const compiled = new Map(await Promise.all(BUILT_IN_SYSTEMS.map(async (s) => {
  const r = await compile(readFileSync(exampleFile(s), 'utf8'), `examples/${s}.arch.yaml`);
  assert.ok(r.value, `${s}: ${JSON.stringify(r.diagnostics)}`);
  return [s, r] as const;
})));

for (const system of BUILT_IN_SYSTEMS) {
  const { value, diagnostics } = compiled.get(system)!;
  const { scene } = value!;
  const want = EXPECTED[system]!;

  test(`${system}: no diagnostics, the reference counts and labels`, () => {
    assert.deepEqual(diagnostics, []);
    assert.deepEqual([scene.nodes.length, scene.groups.length, scene.edges.length], want.counts);
    assert.deepEqual(scene.groups.map((g) => g.label.text), want.groups);
    assert.deepEqual(scene.nodes.map((n) => n.label.text).sort(), [...want.nodes].sort());
  });

  test(`${system}: zero geometry defects`, () => {
    const report = checkScene(scene);
    assert.equal(report.defects, 0, JSON.stringify(report.samples));
  });

  for (const theme of themeNames()) {
    test(`${system} in ${theme}: valid, deterministic SVG with every label as text`, async () => {
      const a = (await draw(scene, theme, ['svg'])).svg!;
      const b = (await draw(scene, theme, ['svg'])).svg!;
      assert.equal(a, b);
      assert.equal(XMLValidator.validate(a), true);
      const lines = scene.nodes.flatMap((n) => n.label.lines);
      assert.equal(lines.join(' '), scene.nodes.map((n) => n.label.text).join(' '));
      for (const line of lines) assert.ok(a.includes(`>${line.replace(/&/g, '&amp;')}<`), `${line} is real text`);
      for (const id of scene.nodes.map((n) => n.id)) assert.ok(a.includes(`data-id="${id}"`));
    });
  }
}

test('crossings over the four examples stay below Graphviz dot (22)', () => {
  const total = BUILT_IN_SYSTEMS.reduce((sum, s) => sum + checkScene(compiled.get(s)!.value!.scene).edgeCrossings, 0);
  assert.ok(total < 22, `crossings ${total}`);
});
