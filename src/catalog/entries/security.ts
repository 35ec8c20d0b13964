import { tech, type Tech } from '../types.js';

/** Identity providers, secret stores and security products. */
export const SECURITY: Tech[] = [
  tech('vault', 'Vault', 'security', ['hashicorp-vault', 'openbao']),
  // Keycloak's mark carries a custom licence and Let's Encrypt's is CC-BY-NC: generic glyphs, brand colours kept.
  tech('keycloak', 'Keycloak', 'identity', [], { icon: 'identity', color: '#4D4D4D' }),
  tech('letsencrypt', "Let's Encrypt", 'security', ['lets-encrypt', 'acme'], { icon: 'lock', color: '#003A70' }),
  tech('auth0', 'Auth0', 'identity'),
  tech('okta', 'Okta', 'identity'),
  tech('authelia', 'Authelia', 'identity'),
  tech('authentik', 'authentik', 'identity'),
  tech('clerk', 'Clerk', 'identity'),
  tech('ory', 'Ory', 'identity', ['ory-kratos', 'ory-hydra', 'kratos', 'hydra']),
  tech('openid', 'OpenID', 'identity', ['openid-connect']),
  tech('ldap', 'LDAP', 'identity', ['openldap', 'active-directory', 'ad'], { icon: 'directory' }),
];
