// Deep links: `#node=auth&theme=light` opens the page with that node selected, in that theme.

/** What a page address asks for. */
export interface DeepLink {
  node: string | null;
  theme: string | null;
}

/** Reads `#node=…&theme=…`; anything else in the hash is ignored. */
export function parseHash(hash: string): DeepLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { node: params.get('node'), theme: params.get('theme') };
}

/** The hash for a selection and theme; empty parts are left out. */
export function formatHash(link: DeepLink): string {
  const params = new URLSearchParams();
  if (link.node) params.set('node', link.node);
  if (link.theme) params.set('theme', link.theme);
  const text = params.toString();
  return text ? `#${text}` : '';
}
