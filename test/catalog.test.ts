import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resvg } from '@resvg/resvg-js';
import { allTechs, closestTechs, findTech, NODE_SHAPES, TECH_CATEGORIES, type Tech } from '../src/catalog/index.js';
import { allGlyphs, getGlyph } from '../src/icons/index.js';

// Every technology the four reference systems draw (REFERENCE-SYSTEMS.md), with its old caption.
const REFERENCE: Record<string, string> = {
  react: 'React', vue: 'Vue', angular: 'Angular', python: 'Python', go: 'Go', java: 'Java', nginx: 'Nginx',
  'aws-elb': 'AWS ELB', postgresql: 'PostgreSQL', redis: 'Redis', mongodb: 'MongoDB', 'aws-s3': 'AWS S3',
  prometheus: 'Prometheus', grafana: 'Grafana', 'aws-cloudwatch': 'AWS CloudWatch', k3s: 'K3s',
  'k8s-ingress': 'k8s Ingress', 'k8s-service': 'k8s Service', 'k8s-pod': 'k8s Pod', server: 'Server',
  'aws-lambda': 'AWS Lambda', docker: 'Docker', debian: 'Debian', 'aws-iam': 'AWS IAM', traefik: 'Traefik',
  'aws-cloudfront': 'AWS CloudFront', 'aws-route53': 'AWS Route 53',
};
// What the issue asks the catalog to cover, by id.
const CONCEPTS = ['user', 'browser', 'mobile', 'desktop', 'server', 'vm', 'container', 'function', 'database', 'cache',
  'queue', 'topic', 'bucket', 'file-system', 'load-balancer', 'gateway', 'firewall', 'waf', 'cdn', 'dns', 'vpn', 'secret',
  'identity', 'scheduler', 'worker', 'external', 'email', 'sms', 'notification', 'webhook', 'analytics', 'ml-model'];
const K8S = ['deployment', 'pod', 'service', 'ingress', 'configmap', 'secret', 'pvc', 'statefulset', 'cronjob', 'hpa'];

const techs = allTechs();
const count = (keep: (t: Tech) => boolean): number => techs.filter(keep).length;

test('the reference systems find every technology they use, with their captions', () => {
  for (const [id, label] of Object.entries(REFERENCE)) assert.equal(findTech(id)?.label, label, id);
});

test('at least 400 entries: 40+ services each of AWS, Azure and Google Cloud, 40+ generic concepts', () => {
  assert.ok(techs.length >= 400, `${techs.length} entries`);
  for (const provider of ['aws', 'azure', 'gcp'] as const) {
    assert.ok(count((t) => t.provider === provider) >= 40, provider);
    for (const t of techs.filter((e) => e.provider === provider)) assert.ok(t.id.startsWith(`${provider}-`), t.id);
  }
  assert.ok(count((t) => t.concept) >= 40, `${count((t) => t.concept)} concepts`);
  for (const id of CONCEPTS) assert.equal(findTech(id)?.concept, true, id);
  for (const kind of K8S) assert.equal(findTech(`k8s-${kind}`)?.category, 'kubernetes', kind);
});

test('ids are unique, lower-case and sorted; aliases never repeat or equal another id', () => {
  const ids = techs.map((t) => t.id);
  assert.deepEqual(ids, [...new Set(ids)].sort());
  const seen = new Map<string, string>(ids.map((id) => [id, id]));
  for (const t of techs) {
    assert.match(t.id, /^[a-z0-9][a-z0-9-]*$/, t.id);
    for (const alias of t.aliases) {
      assert.equal(alias, alias.toLowerCase(), alias);
      assert.ok(!seen.has(alias), `${t.id}: alias "${alias}" already names ${seen.get(alias)}`);
      seen.set(alias, t.id);
    }
  }
});

test('every entry has a label, a known category and shape, and a licensed icon with its source', () => {
  for (const t of techs) {
    assert.ok(t.label.trim(), t.id);
    assert.ok(TECH_CATEGORIES.includes(t.category), `${t.id}: ${t.category}`);
    assert.ok(NODE_SHAPES.includes(t.shape), `${t.id}: ${t.shape}`);
    const glyph = getGlyph(t.icon);
    assert.ok(glyph, `${t.id}: no glyph "${t.icon}"`);
    assert.ok(glyph.source && glyph.license, t.id);
    if (t.color !== undefined) assert.match(t.color, /^#[0-9A-F]{6}$/, t.id);
  }
});

test('brands and cloud services carry their colour; concepts are line glyphs without one', () => {
  for (const t of techs) {
    const glyph = getGlyph(t.icon)!;
    if (t.provider || glyph.source.startsWith('simple-icons')) assert.ok(t.color, `${t.id}: no brand colour`);
    if (t.concept) assert.ok(glyph.source.startsWith('@tabler/icons') && !t.color, t.id);
  }
});

test('default shapes follow the category, with people, browsers, phones and the cloud drawn as such', () => {
  const byCategory = { database: 'cylinder', cache: 'cylinder', queue: 'queue', storage: 'document', kubernetes: 'hexagon', gateway: 'hexagon' };
  for (const t of techs) if (t.category in byCategory) assert.equal(t.shape, byCategory[t.category as keyof typeof byCategory], t.id);
  const drawn = { user: 'person', users: 'person', browser: 'browser', mobile: 'mobile', cloud: 'cloud', react: 'card', 'gcp-bigquery': 'cylinder' };
  for (const [id, shape] of Object.entries(drawn)) assert.equal(findTech(id)?.shape, shape, id);
});

test('every icon an entry uses renders to a few pixels', () => {
  for (const icon of new Set(techs.map((t) => t.icon))) {
    const g = getGlyph(icon)!;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${g.viewBox}" width="8" height="8" color="#fff">${g.body}</svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    assert.ok(pixels.some((v, i) => i % 4 === 3 && v > 0), `${icon}: blank`);
  }
});

test('lookups by id or alias are case-insensitive', () => {
  const cases: Record<string, string> = {
    postgres: 'postgresql', PG: 'postgresql', golang: 'go', k8s: 'kubernetes', VueJS: 'vue', node: 'nodejs',
    nodejs: 'nodejs', mongo: 'mongodb', elb: 'aws-elb', ALB: 'aws-elb', s3: 'aws-s3', lambda: 'aws-lambda',
    cloudwatch: 'aws-cloudwatch', route53: 'aws-route53', iam: 'aws-iam', ingress: 'k8s-ingress', pod: 'k8s-pod',
    ' Redis ': 'redis', aks: 'azure-aks', cosmosdb: 'azure-cosmos-db', bigquery: 'gcp-bigquery', GKE: 'gcp-gke',
    pvc: 'k8s-pvc', hpa: 'k8s-hpa', 'secret-store': 'secret', idp: 'identity', push: 'notification',
  };
  for (const [word, id] of Object.entries(cases)) assert.equal(findTech(word)?.id, id, word);
  assert.equal(findTech('no-such-tech'), null);
});

test('closestTechs suggests catalog ids for typos, in the bigger catalog too', () => {
  assert.equal(closestTechs('postgress')[0], 'postgresql');
  assert.equal(closestTechs('kubernets')[0], 'kubernetes');
  assert.ok(closestTechs('reddis').includes('redis'));
  assert.equal(closestTechs('bigqeury')[0], 'gcp-bigquery');
  assert.equal(closestTechs('cosmosbd')[0], 'azure-cosmos-db');
  assert.equal(closestTechs('rabitmq')[0], 'rabbitmq');
  assert.deepEqual(closestTechs('zzzzzzzzzzzz'), []);
  assert.ok(closestTechs('aws-lamda', 1).length === 1);
});

test('every shipped glyph is some entry\'s icon (no dead weight in the package)', () => {
  const used = new Set(techs.map((t) => t.icon));
  assert.deepEqual(allGlyphs().map((g) => g.id).filter((id) => !used.has(id)), []);
});
