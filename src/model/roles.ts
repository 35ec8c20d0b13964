import { findTech, type TechCategory } from '../catalog/index.js';
import { ROLES, type Role, type RoleSource } from './types.js';

/** The role each technology category implies (every category, so a new one needs a decision here). */
export const CATEGORY_ROLES: Readonly<Record<TechCategory, Role>> = {
  client: 'client', frontend: 'client',
  gateway: 'gateway',
  language: 'service', framework: 'service', compute: 'service', container: 'service',
  database: 'database', cache: 'database', storage: 'database', search: 'database',
  queue: 'queue',
  monitoring: 'monitoring', logging: 'monitoring',
  network: 'infrastructure', 'service-mesh': 'infrastructure', security: 'infrastructure', identity: 'infrastructure',
  kubernetes: 'infrastructure', os: 'infrastructure', devops: 'infrastructure', cicd: 'infrastructure',
  analytics: 'other', ml: 'other', communication: 'other', generic: 'other',
};

// Technologies whose category says less than the thing itself: an Ingress is the cluster's HTTP entry point.
const TECH_ROLES: Readonly<Record<string, Role>> = { 'k8s-ingress': 'gateway' };

/** A node's role: its `role:`, else its first tag that names a role, else from its technology, else `other`. */
export function resolveRole(declared: string | null, tech: string | null, tags: readonly string[]): { role: Role; roleFrom: RoleSource } {
  const own = ROLES.find((r) => r === declared);
  if (own) return { role: own, roleFrom: 'role' };
  const tagged = tags.map((t) => ROLES.find((r) => r === t.toLowerCase())).find((r) => r !== undefined);
  if (tagged) return { role: tagged, roleFrom: 'tag' };
  const byTech = techRole(tech);
  return byTech ? { role: byTech, roleFrom: 'tech' } : { role: 'other', roleFrom: 'default' };
}

/** The role a technology implies, or null when it implies none (unknown or uncategorised). */
export function techRole(tech: string | null): Role | null {
  const entry = tech === null ? null : findTech(tech);
  if (!entry) return null;
  const role = TECH_ROLES[entry.id] ?? CATEGORY_ROLES[entry.category];
  return role === 'other' ? null : role;
}
