// The one place user text is made safe for markup: SVG (XML) and the HTML of the viewer, site and gallery.

// Characters XML 1.0 forbids anywhere (controls, lone surrogates, U+FFFE/U+FFFF): dropped, not escaped.
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// &apos; is not an HTML 4 entity; the numeric form works in every HTML parser.
const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** User text made safe for XML text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
