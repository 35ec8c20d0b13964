// Which glyphs neonarch ships, and where each comes from. Glyph id → file name in its set.
// Only what the catalog uses: add a line here and to src/catalog/entries/, then run gen-icons.
// Cloud services (AWS, Azure, Google Cloud) are listed in gen-icons-sets-cloud.mjs.

/**
 * Brand marks from simple-icons (icons/<slug>.svg). gen-icons refuses a mark whose licence is
 * non-commercial, no-derivatives or custom (Let's Encrypt, Keycloak, Flux, Harbor, Tauri, Fedora):
 * those entries use a generic glyph, as do brands simple-icons lacks or draws only as a wordmark.
 */
export const BRANDS = {
  // languages and runtimes
  python: 'python', go: 'go', java: 'openjdk', kotlin: 'kotlin', rust: 'rust', ruby: 'ruby', php: 'php',
  dotnet: 'dotnet', typescript: 'typescript', javascript: 'javascript', nodejs: 'nodedotjs', deno: 'deno',
  bun: 'bun', scala: 'scala', elixir: 'elixir', swift: 'swift', dart: 'dart', cplusplus: 'cplusplus',
  c: 'c', haskell: 'haskell', clojure: 'clojure', erlang: 'erlang', lua: 'lua', perl: 'perl', r: 'r',
  julia: 'julia', zig: 'zig', ocaml: 'ocaml', webassembly: 'webassembly',
  // front ends
  react: 'react', angular: 'angular', svelte: 'svelte', nextjs: 'nextdotjs', nuxt: 'nuxt',
  flutter: 'flutter', android: 'android', apple: 'apple', solid: 'solid', astro: 'astro', remix: 'remix',
  gatsby: 'gatsby', ember: 'emberdotjs', qwik: 'qwik', ionic: 'ionic', electron: 'electron', htmx: 'htmx',
  // server frameworks and API tooling
  spring: 'spring', django: 'django', flask: 'flask', fastapi: 'fastapi', express: 'express',
  rails: 'rubyonrails', graphql: 'graphql', nestjs: 'nestjs', laravel: 'laravel', symfony: 'symfony',
  quarkus: 'quarkus', fastify: 'fastify', hono: 'hono', koa: 'koa', ktor: 'ktor', trpc: 'trpc',
  strapi: 'strapi', apollo: 'apollographql', hasura: 'hasura', prisma: 'prisma',
  // web servers, proxies, gateways, edge
  nginx: 'nginx', traefik: 'traefikproxy', haproxy: 'haproxy', envoy: 'envoyproxy', kong: 'kong',
  apache: 'apache', cloudflare: 'cloudflare', caddy: 'caddy', fastly: 'fastly', akamai: 'akamai',
  'cloudflare-workers': 'cloudflareworkers',
  // data stores and search
  postgresql: 'postgresql', mysql: 'mysql', mariadb: 'mariadb', sqlite: 'sqlite', mongodb: 'mongodb',
  redis: 'redis', cassandra: 'apachecassandra', elasticsearch: 'elasticsearch', neo4j: 'neo4j',
  influxdb: 'influxdb', clickhouse: 'clickhouse', cockroachdb: 'cockroachlabs', etcd: 'etcd', minio: 'minio',
  snowflake: 'snowflake', supabase: 'supabase', firebase: 'firebase', couchdb: 'apachecouchdb',
  couchbase: 'couchbase', arangodb: 'arangodb', duckdb: 'duckdb', tidb: 'tidb', singlestore: 'singlestore',
  surrealdb: 'surrealdb', planetscale: 'planetscale', neon: 'neon', druid: 'apachedruid', opensearch: 'opensearch',
  meilisearch: 'meilisearch', algolia: 'algolia', solr: 'apachesolr', timescaledb: 'timescale',
  // messaging and data processing
  kafka: 'apachekafka', rabbitmq: 'rabbitmq', pulsar: 'apachepulsar', celery: 'celery', airflow: 'apacheairflow',
  spark: 'apachespark', temporal: 'temporal', nats: 'natsdotio', rocketmq: 'apacherocketmq',
  mosquitto: 'eclipsemosquitto', mqtt: 'mqtt', sidekiq: 'sidekiq', trino: 'trino', presto: 'presto',
  databricks: 'databricks', superset: 'apachesuperset', metabase: 'metabase', airbyte: 'airbyte', 'node-red': 'nodered',
  // machine learning
  pytorch: 'pytorch', tensorflow: 'tensorflow', huggingface: 'huggingface', anthropic: 'anthropic',
  langchain: 'langchain', mlflow: 'mlflow', jupyter: 'jupyter', ray: 'ray',
  // observability and incident response
  prometheus: 'prometheus', grafana: 'grafana', opentelemetry: 'opentelemetry', kibana: 'kibana',
  logstash: 'logstash', fluentd: 'fluentd', fluentbit: 'fluentbit', datadog: 'datadog', sentry: 'sentry',
  jaeger: 'jaeger', newrelic: 'newrelic', dynatrace: 'dynatrace', splunk: 'splunk', pagerduty: 'pagerduty',
  opsgenie: 'opsgenie', victoriametrics: 'victoriametrics', thanos: 'thanos', graylog: 'graylog',
  'uptime-kuma': 'uptimekuma',
  // containers, orchestration, service mesh
  docker: 'docker', containerd: 'containerd', kubernetes: 'kubernetes', k3s: 'k3s', helm: 'helm',
  istio: 'istio', linkerd: 'linkerd', argo: 'argo', rancher: 'rancher', cilium: 'cilium',
  openshift: 'redhatopenshift', portainer: 'portainer',
  // infrastructure as code, security and identity
  terraform: 'terraform', ansible: 'ansible', pulumi: 'pulumi', packer: 'packer', vagrant: 'vagrant',
  chef: 'chef', puppet: 'puppet', salt: 'saltproject', vault: 'vault', consul: 'consul', nomad: 'nomad',
  auth0: 'auth0', okta: 'okta', authelia: 'authelia', authentik: 'authentik', clerk: 'clerk', ory: 'ory',
  openid: 'openid', wireguard: 'wireguard', openvpn: 'openvpn', tailscale: 'tailscale', zerotier: 'zerotier',
  pfsense: 'pfsense', opnsense: 'opnsense',
  // operating systems and virtualisation
  debian: 'debian', ubuntu: 'ubuntu', alpine: 'alpinelinux', linux: 'linux', redhat: 'redhat',
  centos: 'centos', freebsd: 'freebsd', archlinux: 'archlinux', rockylinux: 'rockylinux', almalinux: 'almalinux',
  opensuse: 'opensuse', nixos: 'nixos', proxmox: 'proxmox', vmware: 'vmware', openstack: 'openstack',
  // delivery
  github: 'github', gitlab: 'gitlab', jenkins: 'jenkins', 'github-actions': 'githubactions', circleci: 'circleci',
  gitea: 'gitea', bitbucket: 'bitbucket', travisci: 'travisci', drone: 'drone', teamcity: 'teamcity',
  spinnaker: 'spinnaker', buildkite: 'buildkite', sonarqube: 'sonarqubeserver', artifactory: 'jfrog',
  renovate: 'renovate',
  // hosting platforms and clouds
  'google-cloud': 'googlecloud', vercel: 'vercel', netlify: 'netlify', digitalocean: 'digitalocean',
  flyio: 'flydotio', render: 'render', railway: 'railway', hetzner: 'hetzner', vultr: 'vultr', ovhcloud: 'ovh',
  scaleway: 'scaleway', 'alibaba-cloud': 'alibabacloud',
  // services people integrate with
  stripe: 'stripe', paypal: 'paypal', mailgun: 'mailgun', discord: 'discord', telegram: 'telegram',
  whatsapp: 'whatsapp',
};

/**
 * Tabler outline glyphs (icons/outline/<name>.svg): generic concepts, Kubernetes resources, and the
 * few brands whose simple-icons drawing carries a licence we cannot ship (Vue's is CC-BY-NC-SA).
 */
export const OUTLINE = {
  vue: 'brand-vue',
  // compute
  server: 'server', vm: 'cpu', container: 'box', function: 'lambda', worker: 'settings-automation',
  scheduler: 'calendar-time', workflow: 'route-2', cluster: 'topology-full', iot: 'cpu-2', registry: 'packages',
  microservice: 'hexagons', application: 'app-window', bot: 'robot', 'batch-job': 'stack-3',
  // data
  database: 'database', storage: 'cylinder', cache: 'bolt', queue: 'stack-push', topic: 'broadcast',
  bucket: 'bucket', 'file-system': 'folders', backup: 'restore', archive: 'archive', document: 'file-text',
  'vector-database': 'vector', search: 'search', etl: 'transform', 'data-warehouse': 'building-warehouse',
  'data-lake': 'bucket-droplet', analytics: 'chart-bar', 'ml-model': 'brain', ai: 'sparkles',
  // people and devices
  user: 'user', users: 'users', admin: 'user-shield', browser: 'browser', mobile: 'device-mobile',
  desktop: 'device-desktop', laptop: 'device-laptop', tablet: 'device-tablet', website: 'world-www',
  // network
  'load-balancer': 'load-balancer', gateway: 'door-enter', api: 'api', proxy: 'arrows-left-right',
  cdn: 'world-bolt', dns: 'world-search', network: 'network', router: 'router', switch: 'switch-horizontal',
  nat: 'arrows-exchange', wifi: 'wifi', 'service-mesh': 'topology-complex', cloud: 'cloud',
  'on-premises': 'building', external: 'external-link',
  // security and identity
  firewall: 'wall', waf: 'shield-check', vpn: 'shield-lock', secret: 'key', identity: 'id-badge-2',
  auth: 'fingerprint', lock: 'lock', certificate: 'certificate', directory: 'address-book', mfa: 'password',
  siem: 'shield-search',
  // messaging and integrations
  email: 'mail', sms: 'message', notification: 'bell', webhook: 'webhook', chat: 'messages', phone: 'phone',
  payment: 'credit-card', 'feature-flag': 'flag', location: 'map-pin', video: 'video',
  // operations
  monitoring: 'activity', metrics: 'chart-line', dashboard: 'dashboard', logging: 'logs', tracing: 'timeline',
  alerting: 'bell-ringing', config: 'settings', terminal: 'terminal-2', repository: 'git-branch',
  pipeline: 'git-merge', 'rate-limiter': 'gauge',
  // Kubernetes resources
  'k8s-ingress': 'arrows-split-2', 'k8s-service': 'topology-star-3', 'k8s-pod': 'box', 'k8s-deployment': 'stack-2',
  'k8s-replicaset': 'box-multiple', 'k8s-statefulset': 'database-cog', 'k8s-daemonset': 'server-bolt',
  'k8s-job': 'player-play', 'k8s-cronjob': 'clock-play', 'k8s-node': 'server-2', 'k8s-namespace': 'category',
  'k8s-configmap': 'file-settings', 'k8s-secret': 'file-lock', 'k8s-volume': 'device-sd-card', 'k8s-hpa': 'arrows-maximize',
  'k8s-pvc': 'file-database', 'k8s-storageclass': 'database-export', 'k8s-serviceaccount': 'user-circle',
  'k8s-role': 'lock-access', 'k8s-networkpolicy': 'shield-search', 'k8s-crd': 'file-code', 'k8s-api-server': 'api-app',
  'k8s-control-plane': 'server-cog', 'k8s-gateway': 'arrows-split', 'k8s-endpoints': 'plug-connected',
};
