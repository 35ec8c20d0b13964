import { tech, type Tech } from '../types.js';

/** Databases, caches and object stores run by the team. */
export const DATA: Tech[] = [
  tech('postgresql', 'PostgreSQL', 'database', ['postgres', 'pg', 'psql', 'pgsql']),
  tech('mysql', 'MySQL', 'database'),
  tech('mariadb', 'MariaDB', 'database', ['maria']),
  tech('sqlite', 'SQLite', 'database', ['sqlite3']),
  tech('mongodb', 'MongoDB', 'database', ['mongo']),
  tech('cassandra', 'Cassandra', 'database', ['apache-cassandra']),
  tech('elasticsearch', 'Elasticsearch', 'database', ['elastic', 'es', 'opensearch']),
  tech('neo4j', 'Neo4j', 'database'),
  tech('influxdb', 'InfluxDB', 'database', ['influx']),
  tech('clickhouse', 'ClickHouse', 'database'),
  tech('cockroachdb', 'CockroachDB', 'database', ['cockroach']),
  tech('etcd', 'etcd', 'database'),
  tech('snowflake', 'Snowflake', 'database'),
  tech('supabase', 'Supabase', 'database'),
  tech('firebase', 'Firebase', 'database', ['firestore']),
  tech('redis', 'Redis', 'cache', ['valkey']),
  tech('minio', 'MinIO', 'storage'),
];
