export { escapeXml } from '../escape.js';

/** A string usable inside an XML id / url(#…) reference: anything unusual becomes `_`. */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_');
}
