import { tech, type Tech } from '../types.js';

/** Metrics, dashboards, tracing and logging. */
export const OBSERVABILITY: Tech[] = [
  tech('prometheus', 'Prometheus', 'monitoring', ['prom']),
  tech('grafana', 'Grafana', 'monitoring'),
  tech('opentelemetry', 'OpenTelemetry', 'monitoring', ['otel']),
  tech('datadog', 'Datadog', 'monitoring'),
  tech('sentry', 'Sentry', 'monitoring'),
  tech('kibana', 'Kibana', 'logging'),
  tech('logstash', 'Logstash', 'logging'),
  tech('fluentd', 'Fluentd', 'logging'),
  tech('fluentbit', 'Fluent Bit', 'logging', ['fluent-bit']),
];
