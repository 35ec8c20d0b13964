// Characters XML 1.0 forbids anywhere (controls, lone surrogates, U+FFFE/U+FFFF): dropped, not escaped.
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** User text made safe for XML text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A string usable inside an XML id / url(#…) reference: anything unusual becomes `_`. */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_');
}
