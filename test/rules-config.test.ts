// Configuring the rules: levels, options, unknown names; the project config found upward; model over project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { findProjectConfig, runRules } from '../src/rules/index.js';
import { model, project } from './rules-helpers.js';

const SMALL = 'nodes:\n  web: { tech: react }\n  api: { tech: go }\n  lonely: Lonely\nedges:\n  - web -> api\n';
const levels = (text: string, config: ReturnType<typeof project> | null = null) =>
  runRules(model(text), config).findings.map((f) => `${f.ruleId}:${f.severity}`);

test('defaults: a small model without a gateway has warnings and notes, no errors', () => {
  assert.deepEqual(levels(SMALL), ['observability:warning', 'orphan:warning', 'gateway-entry:warning']);
});

test('a rules: block turns rules off, sets levels, and switches them back on', () => {
  const text = `${SMALL}rules:\n  orphan: off\n  gateway-entry: error\n  observability: note\n`;
  assert.deepEqual(levels(text), ['observability:note', 'gateway-entry:error']);
  assert.deepEqual(levels(`${SMALL}rules:\n  orphan: false\n  gateway-entry: { severity: off }\n  observability: on\n`), ['observability:warning']);
});

test('options change what a rule looks at; bad options are errors at their position and fall back to the default', () => {
  const text = `${SMALL}rules:\n  observability: { options: { roles: [client] } }\n`;
  assert.deepEqual(runRules(model(text)).findings.filter((f) => f.ruleId === 'observability').map((f) => f.nodes[0]), ['web']);
  const bad = runRules(model(`${SMALL}rules:\n  observability: { options: { role: [service], } }\n  zone-crossing-encrypted: { options: { require: mtsl } }\n  orphans: off\n`));
  assert.deepEqual(bad.diagnostics.map((d) => `${d.code} ${d.span!.line}:${d.span!.col} ${d.hint}`), [
    'unknown-option 8:31 did you mean "roles"?',
    'bad-option 9:50 did you mean "mtls"?',
    'unknown-rule 10:3 did you mean "orphan"?',
  ]);
  assert.ok(bad.findings.some((f) => f.ruleId === 'orphan'), 'an unknown rule id switches nothing off');
});

test('override order: built-in defaults, then the project config, then the model; options merge by name', () => {
  const shared = project('rules:\n  orphan: error\n  gateway-entry: off\n  observability: { severity: note, options: { roles: [client] } }\n');
  assert.deepEqual(levels(SMALL, shared), ['observability:note', 'orphan:error']);
  const own = `${SMALL}rules:\n  orphan: note\n  gateway-entry: on\n  observability: { options: { roles: [service] } }\n`;
  assert.deepEqual(levels(own, shared), ['observability:note', 'orphan:note', 'gateway-entry:warning']);
});

test('a project custom rule applies to the model, which may turn it off or replace it by id', () => {
  const shared = project('rules:\n  custom:\n    - { id: no-lonely, deny: { to: { id: api } }, severity: warning }\n');
  assert.deepEqual(levels(SMALL, shared).filter((l) => l.startsWith('no-lonely')), ['no-lonely:warning']);
  assert.deepEqual(levels(`${SMALL}rules:\n  no-lonely: off\n`, shared).filter((l) => l.startsWith('no-lonely')), []);
  const replaced = `${SMALL}rules:\n  custom:\n    - { id: no-lonely, require: { from: { id: lonely } }, severity: note }\n`;
  const [f] = runRules(model(replaced), shared).findings.filter((x) => x.ruleId === 'no-lonely');
  assert.deepEqual([f!.severity, f!.span.line, f!.nodes], ['note', 4, ['lonely']]);
});

test('the project config is the nearest neonarch.config.yaml in the model\'s folder or above', () => {
  const fixture = join(packageRoot(), 'test', 'fixtures', 'rules', 'project');
  assert.equal(findProjectConfig(join(fixture, 'team', 'shop.arch.yaml')), join(fixture, 'neonarch.config.yaml'));
  const root = mkdtempSync(join(tmpdir(), 'neonarch-rules-'));
  mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
  assert.equal(findProjectConfig(join(root, 'a', 'b', 'c', 'm.arch.yaml')), null);
  writeFileSync(join(root, 'a', 'neonarch.config.yaml'), 'rules: {}\n');
  writeFileSync(join(root, 'a', 'b', 'neonarch.config.yaml'), 'rules: {}\n');
  assert.equal(findProjectConfig(join(root, 'a', 'b', 'c', 'm.arch.yaml')), join(root, 'a', 'b', 'neonarch.config.yaml'));
  assert.equal(findProjectConfig(join(root, 'a', 'm.arch.yaml')), join(root, 'a', 'neonarch.config.yaml'));
});

test('the rules that ran are listed with their default and configured levels (for SARIF)', () => {
  const run = runRules(model(`${SMALL}rules:\n  orphan: error\n  cqrs: off\n`));
  const orphan = run.rules.find((r) => r.id === 'orphan')!;
  assert.deepEqual([orphan.defaultLevel, orphan.level], ['warning', 'error']);
  assert.equal(run.rules.some((r) => r.id === 'cqrs'), false);
});
