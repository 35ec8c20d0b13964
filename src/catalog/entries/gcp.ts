import { cloudService } from '../define.js';
import type { Tech } from '../types.js';

const gcp = cloudService('gcp');

/** Google Cloud compute, networking, identity, security and delivery, captioned "GCP …". */
export const GCP: Tech[] = [
  gcp('gcp-compute-engine', 'GCP Compute Engine', 'compute', ['compute-engine', 'gce']),
  gcp('gcp-gke', 'GCP GKE', 'kubernetes', ['gke', 'google-kubernetes-engine']),
  gcp('gcp-cloud-run', 'GCP Cloud Run', 'compute', ['cloud-run', 'cloudrun']),
  gcp('gcp-cloud-functions', 'GCP Cloud Functions', 'compute', ['cloud-functions', 'gcf', 'google-cloud-functions']),
  gcp('gcp-app-engine', 'GCP App Engine', 'compute', ['app-engine', 'gae', 'appengine']),
  gcp('gcp-batch', 'GCP Batch', 'compute', ['google-batch']),
  gcp('gcp-cloud-tpu', 'GCP Cloud TPU', 'compute', ['tpu', 'cloud-tpu']),
  gcp('gcp-anthos', 'GCP Anthos', 'kubernetes', ['anthos', 'gke-enterprise']),
  gcp('gcp-load-balancing', 'GCP Cloud Load Balancing', 'network', ['cloud-load-balancing', 'gclb', 'google-load-balancer']),
  gcp('gcp-cloud-cdn', 'GCP Cloud CDN', 'network', ['cloud-cdn']),
  gcp('gcp-cloud-dns', 'GCP Cloud DNS', 'network', ['cloud-dns']),
  gcp('gcp-vpc', 'GCP VPC', 'network', ['google-vpc', 'gcp-network']),
  gcp('gcp-cloud-nat', 'GCP Cloud NAT', 'network', ['cloud-nat']),
  gcp('gcp-cloud-router', 'GCP Cloud Router', 'network', ['cloud-router']),
  gcp('gcp-cloud-vpn', 'GCP Cloud VPN', 'network', ['cloud-vpn']),
  gcp('gcp-cloud-interconnect', 'GCP Cloud Interconnect', 'network', ['cloud-interconnect', 'interconnect']),
  gcp('gcp-private-service-connect', 'GCP Private Service Connect', 'network', ['private-service-connect', 'psc']),
  gcp('gcp-api-gateway', 'GCP API Gateway', 'gateway', ['google-api-gateway']),
  gcp('gcp-apigee', 'GCP Apigee', 'gateway', ['apigee']),
  gcp('gcp-cloud-endpoints', 'GCP Cloud Endpoints', 'gateway', ['cloud-endpoints']),
  gcp('gcp-cloud-armor', 'GCP Cloud Armor', 'security', ['cloud-armor']),
  gcp('gcp-firewall-rules', 'GCP Firewall Rules', 'security', ['gcp-firewall']),
  gcp('gcp-iam', 'GCP IAM', 'identity', ['google-iam', 'cloud-iam']),
  gcp('gcp-identity-platform', 'GCP Identity Platform', 'identity', ['identity-platform', 'firebase-auth']),
  gcp('gcp-iap', 'GCP Identity-Aware Proxy', 'identity', ['iap', 'identity-aware-proxy']),
  gcp('gcp-secret-manager', 'GCP Secret Manager', 'security', ['secret-manager']),
  gcp('gcp-kms', 'GCP Cloud KMS', 'security', ['cloud-kms', 'google-kms']),
  gcp('gcp-certificate-manager', 'GCP Certificate Manager', 'security', ['google-certificate-manager']),
  gcp('gcp-security-command-center', 'GCP Security Command Center', 'security', ['security-command-center', 'scc']),
  gcp('gcp-cloud-build', 'GCP Cloud Build', 'cicd', ['cloud-build', 'cloudbuild']),
  gcp('gcp-cloud-deploy', 'GCP Cloud Deploy', 'cicd', ['cloud-deploy']),
  gcp('gcp-artifact-registry', 'GCP Artifact Registry', 'container', ['google-artifact-registry', 'gcr']),
  gcp('gcp-cloud-shell', 'GCP Cloud Shell', 'devops', ['cloud-shell']),
];
