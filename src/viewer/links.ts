// Which node links become clickable: only web, mail and relative addresses; anything else stays text.

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The href to use for a link written in a model, or null when it must be shown as plain text. */
export function safeHref(url: string, base: string): string | null {
  // The URL parser drops tabs and newlines anywhere and C0/space at the ends: judge what it would see.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (cleaned === '' || /[\u0000-\u001f\u007f]/.test(cleaned)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme) return SAFE_SCHEMES.has(scheme[1]!.toLowerCase()) ? cleaned : null;
  // A colon before any slash would make the browser read a scheme after all (e.g. `x:y`).
  if (/^[^/?#]*:/.test(cleaned)) return null;
  return isRooted(cleaned) ? cleaned : `${base}${cleaned}`;
}

/** Whether a link leaves the page's site: absolute web addresses open in a new tab. */
export const isExternal = (href: string): boolean => /^(https?:)?\/\//i.test(href);

const isRooted = (url: string): boolean => /^[/?#]/.test(url);
