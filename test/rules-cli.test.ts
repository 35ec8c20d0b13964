// `neonarch check` with the rules: exit codes, human/json/sarif output, and SARIF checked against the SARIF 2.1.0 schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { packageRoot } from '../src/paths.js';
import { fileUri } from '../src/rules/index.js';
import { cli, fixture as cliFixture, tempDir } from './cli-helpers.js';

const fixture = (...parts: string[]): string => join('test', 'fixtures', 'rules', ...parts);

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04); ajv 8 reads it once
// `id` is spelled `$id` and the meta-schema named draft-07, which changes no rule it uses.
// Its `language` pattern has a stray `]` that only non-unicode regular expressions accept.
function sarifValidator() {
  const path = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, $schema: _draft4, ...schema } = JSON.parse(readFileSync(path, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...schema });
}
const validSarif = sarifValidator();

test('exit 0 with findings at warning and note level only', async () => {
  const r = await cli(['check', fixture('warnings.arch.yaml')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /warnings\.arch\.yaml:8:5: warning\[gateway-entry\]: client "web" reaches service "api" without a gateway/);
  assert.match(r.err, /warnings\.arch\.yaml:6:3: note\[no-caller\]/);
  assert.match(r.err, /1 file checked: 0 errors, 4 warnings, 1 note\n$/);
});

test('a custom deny rule in the model catches the seeded violation at file:line:col, exit 1', async () => {
  const r = await cli(['check', fixture('deny.arch.yaml')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /test\/fixtures\/rules\/deny\.arch\.yaml:14:5: error\[no-frontend-to-data\]: the frontend never touches the data layer \(web --> db\)\n {3}13 \| {3}- web -> api: HTTPS\n {3}14 \| {3}- web --> db: reports\n {6}\| {5}\^{19}\n/);
});

test('--no-rules checks the model format only', async () => {
  assert.equal((await cli(['check', '--no-rules', fixture('deny.arch.yaml')])).code, 0);
});

test('bad rule settings are errors at their positions (exit 1)', async () => {
  const r = await cli(['check', '--format', 'json', fixture('bad-config.arch.yaml')]);
  assert.equal(r.code, 1);
  const got = JSON.parse(r.out).diagnostics.map((d: { code: string; line: number; col: number }) => `${d.code} ${d.line}:${d.col}`);
  assert.deepEqual(got, ['unknown-rule 8:3', 'unknown-option 9:31', 'bad-option 10:55']);
});

test('usage errors exit 2', async () => {
  assert.equal((await cli(['check', '--format', 'xml', fixture('deny.arch.yaml')])).code, 2);
  assert.equal((await cli(['check', '--config', 'no/such.yaml', fixture('deny.arch.yaml')])).code, 2);
  assert.equal((await cli(['check'])).code, 2);
});

test('the project config is found upward: its custom rule and levels apply, the model\'s own settings win', async () => {
  const r = await cli(['check', '--format', 'json', fixture('project', 'team', 'shop.arch.yaml'), fixture('project', 'team', 'clean.arch.yaml')]);
  assert.equal(r.code, 1);
  const { diagnostics, findings } = JSON.parse(r.out);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(findings.map((f: { ruleId: string; severity: string; line: number; col: number }) => `${f.ruleId}:${f.severity} ${f.line}:${f.col}`), [
    'orphan:warning 12:7', 'no-client-to-data:error 17:5', 'no-front-to-db:error 17:5',
  ]);
  assert.deepEqual(Object.keys(findings[0]), ['ruleId', 'severity', 'message', 'hint', 'file', 'line', 'col', 'endLine', 'endCol', 'nodes', 'edges']);
  assert.deepEqual([findings[2].nodes, findings[2].edges], [['web', 'db'], ['web->db']]);
});

test('--config uses the given project config instead', async () => {
  const r = await cli(['check', '--format', 'json', '--config', fixture('project', 'neonarch.config.yaml'), fixture('deny.arch.yaml')]);
  const ids = JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId);
  assert.ok(ids.includes('no-front-to-db') && ids.includes('no-frontend-to-data'), ids.join(' '));
});

test('--format json keeps the diagnostics array and adds findings next to it', async () => {
  const r = await cli(['check', '--format', 'json', cliFixture('ok.arch.yaml')]);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.out);
  assert.deepEqual(Object.keys(out), ['diagnostics', 'findings']);
  assert.deepEqual(out.findings.map((f: { ruleId: string }) => f.ruleId), ['observability', 'gateway-entry']);
});

test('--format sarif is valid SARIF 2.1.0 with rules, levels and exact regions', async () => {
  const r = await cli(['check', '--format', 'sarif', fixture('deny.arch.yaml'), fixture('bad-config.arch.yaml'), fixture('warnings.arch.yaml'), cliFixture('misspelt-edge.arch.yaml')]);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.out);
  assert.equal(validSarif(log), true, JSON.stringify(validSarif.errors, null, 1));
  const run = log.runs[0];
  assert.deepEqual([log.version, run.tool.driver.name, run.tool.driver.informationUri], ['2.1.0', 'neonarch', undefined]);
  const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'no-frontend-to-data');
  assert.deepEqual(rule, { id: 'no-frontend-to-data', shortDescription: { text: 'the frontend never touches the data layer' }, defaultConfiguration: { level: 'error' } });
  const deny = run.results.find((x: { ruleId: string }) => x.ruleId === 'no-frontend-to-data');
  assert.deepEqual([deny.level, run.tool.driver.rules[deny.ruleIndex].id], ['error', 'no-frontend-to-data']);
  assert.deepEqual(deny.locations[0].physicalLocation, {
    artifactLocation: { uri: 'test/fixtures/rules/deny.arch.yaml' },
    region: { startLine: 14, startColumn: 5, endLine: 14, endColumn: 24 },
  });
  assert.deepEqual(deny.properties, { nodes: ['web', 'db'], edges: ['web->db'] });
  const levels = new Set(run.results.map((x: { level: string }) => x.level));
  assert.deepEqual([...levels].sort(), ['error', 'note', 'warning']);
  assert.ok(run.results.some((x: { ruleId: string }) => x.ruleId === 'unknown-node'), 'model diagnostics are results too');
});

test('SARIF that breaks the schema is caught by the validator (it is not a rubber stamp)', () => {
  assert.equal(validSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 't' } }] }] }), false);
  assert.equal(validSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
});

test('file names become URI references', () => {
  assert.deepEqual([fileUri('a b/c.arch.yaml'), fileUri('/tmp/x y.yaml'), fileUri('C:\\m\\a.yaml')], ['a%20b/c.arch.yaml', 'file:///tmp/x%20y.yaml', 'file:///C:/m/a.yaml']);
  assert.ok(packageRoot());
});

test('a project config\'s mistake is reported once, framed from the config, for all the models that use it', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'neonarch.config.yaml'), 'rules:\n  orphans: off\n');
  for (const name of ['one', 'two']) writeFileSync(join(dir, 'a', `${name}.arch.yaml`), 'nodes: { web: { tech: react }, api: { tech: go } }\nedges: [web -> api]\n');
  const r = await cli(['check', 'a/one.arch.yaml', 'a/two.arch.yaml'], dir);
  assert.equal(r.code, 1);
  assert.equal(r.err.split('error[unknown-rule]').length, 2);
  assert.match(r.err, /^neonarch\.config\.yaml:2:3: error\[unknown-rule\]: unknown rule "orphans"\n {4}1 \| rules:\n {4}2 \| {3}orphans: off\n/);
});
