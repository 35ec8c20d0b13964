import { concept } from '../define.js';
import type { Tech } from '../types.js';

/** Technology-neutral networking and security, drawn with line glyphs. */
export const NETWORK_CONCEPTS: Tech[] = [
  concept('load-balancer', 'Load Balancer', 'network', ['lb', 'loadbalancer']),
  concept('gateway', 'Gateway', 'gateway', ['api-gw']),
  concept('api', 'API', 'gateway', ['rest', 'rest-api', 'http-api']),
  concept('proxy', 'Proxy', 'network', ['reverse-proxy', 'forward-proxy']),
  concept('rate-limiter', 'Rate Limiter', 'network', ['rate-limit', 'throttling']),
  concept('cdn', 'CDN', 'network', ['content-delivery-network', 'edge-cache']),
  concept('dns', 'DNS', 'network', ['nameserver', 'name-server']),
  concept('network', 'Network', 'network', ['lan', 'subnet']),
  concept('router', 'Router', 'network'),
  concept('switch', 'Switch', 'network', ['network-switch']),
  concept('nat', 'NAT', 'network', ['nat-gateway']),
  concept('wifi', 'Wi-Fi', 'network', ['wireless', 'access-point', 'wlan']),
  concept('service-mesh', 'Service Mesh', 'service-mesh', ['mesh', 'sidecar']),
  concept('cloud', 'Cloud', 'generic', ['internet', 'public-cloud'], { shape: 'cloud' }),
  concept('on-premises', 'On-premises', 'generic', ['on-prem', 'datacenter', 'data-center']),
  concept('external', 'External System', 'generic', ['external-system', 'third-party', 'saas', 'partner']),
  concept('firewall', 'Firewall', 'security', ['fw']),
  concept('waf', 'WAF', 'security', ['web-application-firewall']),
  concept('vpn', 'VPN', 'security', ['ipsec']),
  concept('secret', 'Secret Store', 'security', ['secrets', 'credentials', 'secret-store', 'keystore']),
  concept('lock', 'Lock', 'security', ['encryption', 'tls']),
  concept('certificate', 'Certificate', 'security', ['cert', 'certificates', 'ssl', 'pki', 'certificate-authority']),
  concept('siem', 'SIEM', 'security', ['security-monitoring', 'ids', 'intrusion-detection']),
  concept('identity', 'Identity Provider', 'identity', ['idp', 'sso', 'oidc', 'saml', 'identity-provider']),
  concept('auth', 'Authentication', 'identity', ['authentication', 'login', 'authn']),
  concept('mfa', 'MFA', 'identity', ['2fa', 'otp', 'multi-factor-authentication']),
  concept('directory', 'Directory', 'identity', ['user-directory']),
];
