import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allTechs, closestTechs, findTech } from '../src/catalog/index.js';
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

test('the reference systems find every technology they use, with their captions', () => {
  for (const [id, label] of Object.entries(REFERENCE)) assert.equal(findTech(id)?.label, label, id);
});

test('ids are unique, lower-case and sorted; aliases never repeat or equal another id', () => {
  const ids = allTechs().map((t) => t.id);
  assert.deepEqual(ids, [...new Set(ids)].sort());
  const seen = new Map<string, string>(ids.map((id) => [id, id]));
  for (const t of allTechs()) {
    assert.match(t.id, /^[a-z0-9][a-z0-9-]*$/, t.id);
    for (const alias of t.aliases) {
      assert.equal(alias, alias.toLowerCase(), alias);
      assert.ok(!seen.has(alias), `${t.id}: alias "${alias}" already names ${seen.get(alias)}`);
      seen.set(alias, t.id);
    }
  }
});

test('every entry has a label and an icon that resolves to a glyph', () => {
  for (const t of allTechs()) {
    assert.ok(t.label.trim(), t.id);
    assert.ok(getGlyph(t.icon), `${t.id}: no glyph "${t.icon}"`);
  }
});

test('lookups by alias are case-insensitive', () => {
  const cases: Record<string, string> = {
    postgres: 'postgresql', PG: 'postgresql', golang: 'go', k8s: 'kubernetes', VueJS: 'vue', node: 'nodejs',
    nodejs: 'nodejs', mongo: 'mongodb', elb: 'aws-elb', ALB: 'aws-elb', s3: 'aws-s3', lambda: 'aws-lambda',
    cloudwatch: 'aws-cloudwatch', route53: 'aws-route53', iam: 'aws-iam', ingress: 'k8s-ingress', pod: 'k8s-pod',
    ' Redis ': 'redis',
  };
  for (const [word, id] of Object.entries(cases)) assert.equal(findTech(word)?.id, id, word);
  assert.equal(findTech('no-such-tech'), null);
});

test('closestTechs suggests catalog ids for typos', () => {
  assert.equal(closestTechs('postgress')[0], 'postgresql');
  assert.equal(closestTechs('kubernets')[0], 'kubernetes');
  assert.ok(closestTechs('reddis').includes('redis'));
  assert.deepEqual(closestTechs('zzzzzzzzzzzz'), []);
  assert.ok(closestTechs('aws-lamda', 1).length === 1);
});

test('every shipped glyph is some entry\'s icon (no dead weight in the package)', () => {
  const used = new Set(allTechs().map((t) => t.icon));
  assert.deepEqual(allGlyphs().map((g) => g.id).filter((id) => !used.has(id)), []);
});
