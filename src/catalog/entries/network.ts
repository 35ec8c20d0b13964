import { tech, type Tech } from '../types.js';

/** Web servers, proxies, API gateways, edge networks and VPNs. */
export const NETWORK: Tech[] = [
  tech('nginx', 'Nginx', 'gateway'),
  tech('traefik', 'Traefik', 'gateway', ['traefikproxy', 'traefik-proxy']),
  tech('haproxy', 'HAProxy', 'gateway'),
  tech('envoy', 'Envoy', 'gateway', ['envoyproxy', 'envoy-proxy']),
  tech('kong', 'Kong', 'gateway'),
  tech('apache', 'Apache HTTP Server', 'gateway', ['httpd', 'apache-httpd']),
  tech('caddy', 'Caddy', 'gateway', ['caddyserver']),
  tech('cloudflare', 'Cloudflare', 'network'),
  tech('cloudflare-workers', 'Cloudflare Workers', 'compute', ['workers', 'cf-workers']),
  tech('fastly', 'Fastly', 'network'),
  tech('akamai', 'Akamai', 'network'),
  tech('wireguard', 'WireGuard', 'network'),
  tech('openvpn', 'OpenVPN', 'network'),
  tech('tailscale', 'Tailscale', 'network', ['headscale']),
  tech('zerotier', 'ZeroTier', 'network'),
  tech('pfsense', 'pfSense', 'security'),
  tech('opnsense', 'OPNsense', 'security'),
];
