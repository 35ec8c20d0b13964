import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allTechs, searchTechs } from '../src/catalog/index.js';
import { rankTechs } from '../src/catalog/search.js';
import { tech } from '../src/catalog/types.js';

const ids = (query: string, category?: string): string[] => searchTechs(query, category).map((t) => t.id);

test('an exact id or alias comes first: `postgres` finds PostgreSQL first', () => {
  assert.equal(ids('postgres')[0], 'postgresql');
  assert.equal(ids('PG')[0], 'postgresql');
  assert.equal(ids('redis')[0], 'redis');
  assert.equal(ids('k8s')[0], 'kubernetes');
  assert.equal(ids('bigquery')[0], 'gcp-bigquery');
  assert.ok(ids('postgres').includes('azure-postgresql'), 'substring matches follow');
});

test('a label matches as written, spaces and dots included', () => {
  assert.equal(ids('Node.js')[0], 'nodejs');
  assert.equal(ids('Azure Cosmos DB')[0], 'azure-cosmos-db');
  assert.equal(ids('cloud run')[0], 'gcp-cloud-run');
});

test('tiers rank exact, then prefix, then word prefix, then substring, then near spellings', () => {
  const sample = [
    tech('zz-contains-kaf', 'Midkafx', 'queue'), tech('kafx-first', 'X', 'queue'), tech('near', 'Kafk', 'queue'),
    tech('word', 'Cloud Kafx', 'queue'), tech('kafx', 'Kafx', 'queue'),
  ];
  assert.deepEqual(rankTechs('kafx', sample).map((t) => t.id), ['kafx', 'kafx-first', 'word', 'zz-contains-kaf', 'near']);
});

test('typos still find the entry, after every closer match', () => {
  assert.equal(ids('kafak')[0], 'kafka');
  assert.equal(ids('kubernets')[0], 'kubernetes');
  assert.deepEqual(ids('zzzzqqqq'), []);
});

test('an empty query lists everything; a category filters', () => {
  assert.equal(ids('').length, allTechs().length);
  const k8s = searchTechs('', 'kubernetes');
  assert.ok(k8s.length >= 20 && k8s.every((t) => t.category === 'kubernetes'));
  const aws = ids('aws', 'database');
  assert.ok(aws.length >= 7 && aws.every((id) => id.startsWith('aws-')), aws.join());
});

test('the ranking is deterministic', () => {
  assert.deepEqual(ids('sql'), ids('sql'));
  assert.equal(ids('sql')[0], 'database');
});
