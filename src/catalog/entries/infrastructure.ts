import { tech, type Tech } from '../types.js';

/** Operating systems, delivery tooling, infrastructure as code, clouds and security products. */
export const INFRASTRUCTURE: Tech[] = [
  tech('debian', 'Debian', 'os'),
  tech('ubuntu', 'Ubuntu', 'os'),
  tech('alpine', 'Alpine Linux', 'os', ['alpine-linux', 'alpinelinux']),
  tech('linux', 'Linux', 'os'),
  tech('redhat', 'Red Hat', 'os', ['rhel', 'red-hat']),
  tech('terraform', 'Terraform', 'devops', ['tf', 'opentofu']),
  tech('ansible', 'Ansible', 'devops'),
  tech('github', 'GitHub', 'devops'),
  tech('gitlab', 'GitLab', 'devops', ['gitlab-ci']),
  tech('jenkins', 'Jenkins', 'devops'),
  tech('github-actions', 'GitHub Actions', 'devops', ['gha', 'githubactions']),
  tech('circleci', 'CircleCI', 'devops'),
  tech('vault', 'Vault', 'security', ['hashicorp-vault']),
  tech('consul', 'Consul', 'network'),
  tech('nomad', 'Nomad', 'compute'),
  tech('keycloak', 'Keycloak', 'security', [], 'identity'), // its mark's licence is custom: generic glyph
  tech('auth0', 'Auth0', 'security'),
  tech('okta', 'Okta', 'security'),
  tech('letsencrypt', "Let's Encrypt", 'security', ['lets-encrypt', 'acme'], 'lock'), // mark is CC-BY-NC: generic glyph
  tech('wireguard', 'WireGuard', 'network'),
  tech('openvpn', 'OpenVPN', 'network'),
  tech('google-cloud', 'Google Cloud', 'compute', ['gcp', 'googlecloud']),
  tech('vercel', 'Vercel', 'compute'),
  tech('netlify', 'Netlify', 'compute'),
  tech('digitalocean', 'DigitalOcean', 'compute'),
  tech('stripe', 'Stripe', 'generic'),
];
