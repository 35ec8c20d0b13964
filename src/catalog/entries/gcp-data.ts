import { cloudService } from '../define.js';
import type { Tech } from '../types.js';

const gcp = cloudService('gcp');

/** Google Cloud storage, databases, messaging, analytics, AI and operations. */
export const GCP_DATA: Tech[] = [
  gcp('gcp-cloud-storage', 'GCP Cloud Storage', 'storage', ['gcs', 'cloud-storage', 'google-cloud-storage']),
  gcp('gcp-persistent-disk', 'GCP Persistent Disk', 'storage', ['persistent-disk', 'gcp-pd']),
  gcp('gcp-filestore', 'GCP Filestore', 'storage', ['filestore']),
  gcp('gcp-cloud-sql', 'GCP Cloud SQL', 'database', ['cloud-sql', 'cloudsql']),
  gcp('gcp-spanner', 'GCP Spanner', 'database', ['spanner', 'cloud-spanner']),
  gcp('gcp-bigtable', 'GCP Bigtable', 'database', ['bigtable', 'cloud-bigtable']),
  gcp('gcp-firestore', 'GCP Firestore', 'database', ['firestore', 'cloud-firestore', 'datastore']),
  gcp('gcp-memorystore', 'GCP Memorystore', 'cache', ['memorystore']),
  gcp('gcp-pubsub', 'GCP Pub/Sub', 'queue', ['google-pubsub', 'cloud-pubsub', 'gcp-pub-sub']),
  gcp('gcp-eventarc', 'GCP Eventarc', 'queue', ['eventarc']),
  gcp('gcp-cloud-tasks', 'GCP Cloud Tasks', 'queue', ['cloud-tasks']),
  gcp('gcp-cloud-scheduler', 'GCP Cloud Scheduler', 'compute', ['cloud-scheduler']),
  gcp('gcp-workflows', 'GCP Workflows', 'compute', ['google-workflows']),
  gcp('gcp-bigquery', 'GCP BigQuery', 'analytics', ['bigquery', 'bq'], { shape: 'cylinder' }),
  gcp('gcp-dataflow', 'GCP Dataflow', 'analytics', ['dataflow', 'apache-beam', 'beam-pipeline']),
  gcp('gcp-dataproc', 'GCP Dataproc', 'analytics', ['dataproc']),
  gcp('gcp-composer', 'GCP Cloud Composer', 'analytics', ['cloud-composer']),
  gcp('gcp-data-fusion', 'GCP Data Fusion', 'analytics', ['data-fusion']),
  gcp('gcp-datastream', 'GCP Datastream', 'analytics', ['datastream']),
  gcp('gcp-dataplex', 'GCP Dataplex', 'analytics', ['dataplex']),
  gcp('gcp-data-catalog', 'GCP Data Catalog', 'analytics', ['data-catalog']),
  gcp('gcp-looker', 'GCP Looker', 'analytics', ['looker', 'looker-studio']),
  gcp('gcp-vertex-ai', 'GCP Vertex AI', 'ml', ['vertex-ai', 'vertex', 'gemini-api']),
  gcp('gcp-cloud-monitoring', 'GCP Cloud Monitoring', 'monitoring', ['cloud-monitoring', 'stackdriver']),
  gcp('gcp-cloud-trace', 'GCP Cloud Trace', 'monitoring', ['cloud-trace']),
  gcp('gcp-error-reporting', 'GCP Error Reporting', 'monitoring', ['error-reporting']),
  gcp('gcp-cloud-logging', 'GCP Cloud Logging', 'logging', ['cloud-logging']),
];
