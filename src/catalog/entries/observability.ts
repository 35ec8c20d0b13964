import { tech, type Tech } from '../types.js';

/** Metrics, dashboards, tracing, logging and incident response. */
export const OBSERVABILITY: Tech[] = [
  tech('prometheus', 'Prometheus', 'monitoring', ['prom']),
  tech('grafana', 'Grafana', 'monitoring'),
  tech('opentelemetry', 'OpenTelemetry', 'monitoring', ['otel', 'otel-collector']),
  tech('datadog', 'Datadog', 'monitoring'),
  tech('sentry', 'Sentry', 'monitoring'),
  tech('newrelic', 'New Relic', 'monitoring', ['new-relic']),
  tech('dynatrace', 'Dynatrace', 'monitoring'),
  tech('victoriametrics', 'VictoriaMetrics', 'monitoring', ['victoria-metrics']),
  tech('thanos', 'Thanos', 'monitoring'),
  tech('uptime-kuma', 'Uptime Kuma', 'monitoring', ['uptimekuma']),
  tech('zabbix', 'Zabbix', 'monitoring', [], { icon: 'monitoring', color: '#D40000' }),
  tech('nagios', 'Nagios', 'monitoring', [], { icon: 'monitoring' }),
  tech('pagerduty', 'PagerDuty', 'monitoring', ['pager-duty']),
  tech('opsgenie', 'Opsgenie', 'monitoring'),
  tech('jaeger', 'Jaeger', 'monitoring', ['jaeger-tracing']),
  tech('zipkin', 'Zipkin', 'monitoring', [], { icon: 'tracing' }),
  tech('tempo', 'Grafana Tempo', 'monitoring', ['grafana-tempo'], { icon: 'tracing', color: '#F46800' }),
  tech('loki', 'Grafana Loki', 'logging', ['grafana-loki'], { icon: 'logging', color: '#F46800' }),
  tech('kibana', 'Kibana', 'logging'),
  tech('logstash', 'Logstash', 'logging'),
  tech('fluentd', 'Fluentd', 'logging'),
  tech('fluentbit', 'Fluent Bit', 'logging', ['fluent-bit']),
  tech('splunk', 'Splunk', 'logging'),
  tech('graylog', 'Graylog', 'logging'),
];
