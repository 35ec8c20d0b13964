// Which glyphs neonarch ships, and where each comes from. Glyph id → file name in its set.
// Only what the catalog uses: add a line here and to src/catalog/entries/, then run gen-icons.

/**
 * Brand marks from simple-icons (icons/<slug>.svg). gen-icons refuses a mark whose licence is
 * non-commercial, no-derivatives or custom (Let's Encrypt, Keycloak): those entries use a generic glyph.
 */
export const BRANDS = {
  // languages and runtimes
  python: 'python', go: 'go', java: 'openjdk', kotlin: 'kotlin', rust: 'rust', ruby: 'ruby', php: 'php',
  dotnet: 'dotnet', typescript: 'typescript', javascript: 'javascript', nodejs: 'nodedotjs', deno: 'deno',
  bun: 'bun', scala: 'scala', elixir: 'elixir', swift: 'swift', dart: 'dart', cplusplus: 'cplusplus',
  // frontend and app frameworks
  react: 'react', angular: 'angular', svelte: 'svelte', nextjs: 'nextdotjs', nuxt: 'nuxt',
  flutter: 'flutter', android: 'android', apple: 'apple', spring: 'spring', django: 'django', flask: 'flask',
  fastapi: 'fastapi', express: 'express', rails: 'rubyonrails', graphql: 'graphql',
  // web servers, proxies, gateways
  nginx: 'nginx', traefik: 'traefikproxy', haproxy: 'haproxy', envoy: 'envoyproxy',
  kong: 'kong', apache: 'apache', cloudflare: 'cloudflare',
  // data stores
  postgresql: 'postgresql', mysql: 'mysql', mariadb: 'mariadb', sqlite: 'sqlite', mongodb: 'mongodb',
  redis: 'redis', cassandra: 'apachecassandra', elasticsearch: 'elasticsearch', neo4j: 'neo4j',
  influxdb: 'influxdb', clickhouse: 'clickhouse', cockroachdb: 'cockroachlabs', etcd: 'etcd', minio: 'minio',
  snowflake: 'snowflake', supabase: 'supabase', firebase: 'firebase',
  // messaging and data processing
  kafka: 'apachekafka', rabbitmq: 'rabbitmq', pulsar: 'apachepulsar', celery: 'celery', airflow: 'apacheairflow',
  spark: 'apachespark', temporal: 'temporal',
  // observability
  prometheus: 'prometheus', grafana: 'grafana', opentelemetry: 'opentelemetry',
  kibana: 'kibana', logstash: 'logstash', fluentd: 'fluentd', fluentbit: 'fluentbit', datadog: 'datadog',
  sentry: 'sentry',
  // containers and orchestration
  docker: 'docker', containerd: 'containerd', kubernetes: 'kubernetes', k3s: 'k3s',
  helm: 'helm', istio: 'istio', linkerd: 'linkerd', argo: 'argo', rancher: 'rancher',
  // infrastructure, security, operating systems
  terraform: 'terraform', ansible: 'ansible', vault: 'vault', consul: 'consul', nomad: 'nomad',
  auth0: 'auth0', okta: 'okta', wireguard: 'wireguard',
  openvpn: 'openvpn', debian: 'debian', ubuntu: 'ubuntu', alpine: 'alpinelinux', linux: 'linux',
  redhat: 'redhat',
  // delivery and clouds
  github: 'github', gitlab: 'gitlab', jenkins: 'jenkins', 'github-actions': 'githubactions',
  circleci: 'circleci', 'google-cloud': 'googlecloud', vercel: 'vercel',
  netlify: 'netlify', digitalocean: 'digitalocean', stripe: 'stripe',
};

/** AWS Architecture Icons (aws-icons, icons/architecture-service/<name>.svg). */
export const AWS = {
  'aws-elb': 'ElasticLoadBalancing', 'aws-s3': 'AmazonSimpleStorageService', 'aws-cloudwatch': 'AmazonCloudWatch',
  'aws-lambda': 'AWSLambda', 'aws-iam': 'AWSIdentityandAccessManagement', 'aws-cloudfront': 'AmazonCloudFront',
  'aws-route53': 'AmazonRoute53', 'aws-ec2': 'AmazonEC2', 'aws-rds': 'AmazonRDS', 'aws-aurora': 'AmazonAurora',
  'aws-dynamodb': 'AmazonDynamoDB', 'aws-sqs': 'AmazonSimpleQueueService', 'aws-sns': 'AmazonSimpleNotificationService',
  'aws-ses': 'AmazonSimpleEmailService', 'aws-ecs': 'AmazonElasticContainerService',
  'aws-eks': 'AmazonElasticKubernetesService', 'aws-ecr': 'AmazonElasticContainerRegistry', 'aws-fargate': 'AWSFargate',
  'aws-api-gateway': 'AmazonAPIGateway', 'aws-cognito': 'AmazonCognito', 'aws-kinesis': 'AmazonKinesis',
  'aws-elasticache': 'AmazonElastiCache', 'aws-vpc': 'AmazonVirtualPrivateCloud', 'aws-secrets-manager': 'AWSSecretsManager',
  'aws-kms': 'AWSKeyManagementService', 'aws-waf': 'AWSWAF', 'aws-shield': 'AWSShield', 'aws-eventbridge': 'AmazonEventBridge',
  'aws-step-functions': 'AWSStepFunctions', 'aws-efs': 'AmazonEFS', 'aws-ebs': 'AmazonElasticBlockStore',
  'aws-redshift': 'AmazonRedshift', 'aws-athena': 'AmazonAthena', 'aws-glue': 'AWSGlue',
  'aws-msk': 'AmazonManagedStreamingforApacheKafka', 'aws-opensearch': 'AmazonOpenSearchService',
  'aws-cloudtrail': 'AWSCloudTrail', 'aws-xray': 'AWSXRay', 'aws-cloudformation': 'AWSCloudFormation',
  'aws-systems-manager': 'AWSSystemsManager', 'aws-backup': 'AWSBackup', 'aws-sagemaker': 'AmazonSageMaker',
  'aws-bedrock': 'AmazonBedrock', 'aws-amplify': 'AWSAmplify', 'aws-app-runner': 'AWSAppRunner',
  'aws-elastic-beanstalk': 'AWSElasticBeanstalk', 'aws-mq': 'AmazonMQ', 'aws-documentdb': 'AmazonDocumentDB',
  'aws-certificate-manager': 'AWSCertificateManager', 'aws-transit-gateway': 'AWSTransitGateway',
  'aws-direct-connect': 'AWSDirectConnect', 'aws-global-accelerator': 'AWSGlobalAccelerator', 'aws-batch': 'AWSBatch',
  'aws-codepipeline': 'AWSCodePipeline', 'aws-codebuild': 'AWSCodeBuild',
};

/**
 * Tabler outline glyphs (icons/outline/<name>.svg): generic concepts, plus the few brands whose
 * simple-icons drawing carries a licence we cannot ship (Vue's is CC-BY-NC-SA): tabler's own is MIT.
 */
export const OUTLINE = {
  vue: 'brand-vue',
  server: 'server', registry: 'packages', storage: 'cylinder', database: 'database', cache: 'bolt',
  queue: 'stack-push', topic: 'broadcast', bucket: 'bucket', 'file-system': 'folders', user: 'user',
  users: 'users', browser: 'browser', mobile: 'device-mobile', desktop: 'device-desktop', vm: 'cpu',
  container: 'box', function: 'lambda', 'load-balancer': 'load-balancer', gateway: 'door-enter', api: 'api',
  firewall: 'wall', waf: 'shield-check', cdn: 'world-bolt', dns: 'world-search', vpn: 'shield-lock',
  secret: 'key', identity: 'id-badge-2', auth: 'fingerprint', scheduler: 'calendar-time', worker: 'settings-automation',
  workflow: 'route-2', external: 'external-link', email: 'mail', sms: 'message', notification: 'bell',
  webhook: 'webhook', analytics: 'chart-bar', 'ml-model': 'brain', ai: 'sparkles', monitoring: 'activity',
  metrics: 'chart-line', dashboard: 'dashboard', logging: 'logs', tracing: 'timeline', alerting: 'bell-ringing',
  backup: 'restore', config: 'settings', network: 'network', cloud: 'cloud', lock: 'lock', search: 'search',
  terminal: 'terminal-2', repository: 'git-branch', pipeline: 'git-merge', payment: 'credit-card', etl: 'transform',
  'data-warehouse': 'building-warehouse', 'data-lake': 'bucket-droplet', iot: 'cpu-2', router: 'router',
  proxy: 'arrows-left-right', 'service-mesh': 'topology-complex', cluster: 'topology-full', 'on-premises': 'building',
  'k8s-ingress': 'arrows-split-2', 'k8s-service': 'topology-star-3', 'k8s-pod': 'box', 'k8s-deployment': 'stack-2',
  'k8s-replicaset': 'box-multiple', 'k8s-statefulset': 'database-cog', 'k8s-daemonset': 'server-bolt',
  'k8s-job': 'player-play', 'k8s-cronjob': 'clock-play', 'k8s-node': 'server-2', 'k8s-namespace': 'category',
  'k8s-configmap': 'file-settings', 'k8s-secret': 'file-lock', 'k8s-volume': 'device-sd-card', 'k8s-hpa': 'arrows-maximize',
};
