// The diagram goes into the page as inline SVG (vector at every zoom), parsed as XML and scrubbed first.

const SVG_NS = 'http://www.w3.org/2000/svg';
const DROP = new Set(['script', 'foreignObject', 'iframe', 'object', 'embed', 'a']);

/** Parses a rendered SVG document into an element of this page, or null when it is not SVG. */
export function parseDiagram(text: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
  scrub(root);
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

// Our renderer escapes all user text, so none of this should ever be there; the scrub makes sure.
function scrub(root: Element): void {
  for (const el of [...root.querySelectorAll('*')]) {
    if (DROP.has(el.localName)) el.remove();
    else scrubAttributes(el);
  }
  scrubAttributes(root);
}

function scrubAttributes(el: Element): void {
  for (const attr of [...el.attributes]) {
    const name = attr.localName.toLowerCase();
    const value = attr.value.trim().toLowerCase();
    const badHref = name === 'href' && !value.startsWith('#') && !value.startsWith('data:image/');
    if (name.startsWith('on') || badHref) el.removeAttributeNode(attr);
  }
}
