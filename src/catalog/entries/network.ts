import { tech, type Tech } from '../types.js';

/** Web servers, proxies, API gateways and edge networks. */
export const NETWORK: Tech[] = [
  tech('nginx', 'Nginx', 'gateway'),
  tech('traefik', 'Traefik', 'gateway', ['traefikproxy', 'traefik-proxy']),
  tech('haproxy', 'HAProxy', 'gateway'),
  tech('envoy', 'Envoy', 'gateway', ['envoyproxy', 'envoy-proxy']),
  tech('kong', 'Kong', 'gateway'),
  tech('apache', 'Apache HTTP Server', 'gateway', ['httpd', 'apache-httpd']),
  tech('cloudflare', 'Cloudflare', 'network'),
];
