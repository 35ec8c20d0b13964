import { concept } from '../define.js';
import type { Tech } from '../types.js';

/** Technology-neutral messaging, data and operations, drawn with line glyphs. */
export const OPERATIONS_CONCEPTS: Tech[] = [
  concept('email', 'Email', 'communication', ['e-mail', 'mail', 'smtp']),
  concept('sms', 'SMS', 'communication', ['text-message']),
  concept('notification', 'Push Notification', 'communication', ['push', 'notifications', 'push-notification']),
  concept('webhook', 'Webhook', 'communication', ['webhooks', 'callback']),
  concept('chat', 'Chat', 'communication', ['messaging', 'instant-messaging']),
  concept('phone', 'Phone', 'communication', ['voice', 'telephony', 'call-center']),
  concept('video', 'Video', 'communication', ['video-call', 'streaming-video', 'media']),
  concept('payment', 'Payment', 'generic', ['payments', 'billing', 'checkout']),
  concept('feature-flag', 'Feature Flags', 'devops', ['feature-flags', 'feature-toggle', 'flags']),
  concept('location', 'Location', 'generic', ['maps', 'geolocation', 'geo']),
  concept('monitoring', 'Monitoring', 'monitoring', ['observability', 'health']),
  concept('metrics', 'Metrics', 'monitoring', ['telemetry']),
  concept('dashboard', 'Dashboard', 'monitoring', ['dashboards']),
  concept('tracing', 'Tracing', 'monitoring', ['traces', 'apm', 'distributed-tracing']),
  concept('alerting', 'Alerting', 'monitoring', ['alerts', 'alert', 'alertmanager', 'pager', 'on-call']),
  concept('logging', 'Logging', 'logging', ['logs', 'log', 'log-aggregation']),
  concept('analytics', 'Analytics', 'analytics', ['bi', 'reporting', 'business-intelligence']),
  concept('etl', 'ETL', 'analytics', ['data-pipeline', 'elt']),
  concept('data-warehouse', 'Data Warehouse', 'analytics', ['warehouse', 'dwh'], { shape: 'cylinder' }),
  concept('data-lake', 'Data Lake', 'analytics', ['lake', 'lakehouse'], { shape: 'cylinder' }),
  concept('ml-model', 'ML Model', 'ml', ['ml', 'model', 'machine-learning', 'inference']),
  concept('ai', 'AI', 'ml', ['llm', 'genai', 'generative-ai']),
  concept('config', 'Configuration', 'devops', ['configuration', 'settings', 'config-store']),
  concept('terminal', 'Terminal', 'devops', ['cli', 'shell', 'bastion', 'ssh']),
  concept('repository', 'Repository', 'devops', ['repo', 'git', 'source-code']),
  concept('pipeline', 'CI/CD Pipeline', 'cicd', ['ci', 'cd', 'ci-cd', 'cicd']),
];
