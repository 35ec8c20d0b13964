// A user's SVG icon is embedded in the diagram: hostile content is neutralised or the icon refused, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';
import { MAX_ICON_BYTES, sanitizeSvg, type SanitisedSvg } from '../src/icons/sanitize.js';

const P = 'icon-x-';
const svg = (inner: string, attrs = 'viewBox="0 0 24 24"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}</svg>`;

function clean(text: string): SanitisedSvg {
  const r = sanitizeSvg(text, P);
  assert.ok(!('error' in r), `refused: ${'error' in r ? r.error : ''}`);
  return r;
}

/** Nothing in the output can run, fetch or escape the icon. */
function assertInert(body: string): void {
  assert.doesNotMatch(body, /<(script|foreignObject|image|iframe|object|embed|animate|set|style|a)\b/i);
  assert.doesNotMatch(body, /\son\w+=/i);
  assert.doesNotMatch(body, /javascript:|data:|https?:|@import|<!ENTITY|<!DOCTYPE/i);
  assert.doesNotMatch(body, /href="(?!#icon-x-)/);
  assert.doesNotMatch(body, /url\((?!#icon-x-)/);
  assert.equal(XMLValidator.validate(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`), true);
}

const HOSTILE: Record<string, string> = {
  script: svg('<script>alert(1)</script><path d="M0 0h24v24H0z"/>'),
  'script in CDATA': svg('<script><![CDATA[ alert("x") ]]></script><path d="M0 0h4"/>'),
  onload: svg('<path d="M0 0h4" onclick="alert(1)"/>', 'viewBox="0 0 24 24" onload="alert(1)"'),
  'javascript link': svg('<a href="javascript:alert(1)"><circle r="4" cx="12" cy="12"/></a>'),
  'xlink link': svg('<a xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"><circle r="4"/></a>'),
  'external use': svg('<use xlink:href="http://evil.example/sprite.svg#icon"/><circle r="2"/>'),
  'external image': svg('<image href="http://evil.example/track.png" width="24" height="24"/><circle r="2"/>'),
  'data image': svg('<image href="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0Lz48L3N2Zz4=" width="24"/><circle r="2"/>'),
  foreignObject: svg('<foreignObject width="24" height="24"><div xmlns="http://www.w3.org/1999/xhtml" onclick="x()">hi</div></foreignObject><circle r="2"/>'),
  doctype: `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>${svg('<desc>&xxe;&lol;</desc><circle r="2"/>')}`,
  'style import': svg('<style>@import url(http://evil.example/x.css); .a{fill:url(http://evil.example/p.svg#g)} .b{fill:#ff0000}</style><path class="a b" d="M0 0h4"/>'),
  'style attribute': svg('<path style="fill:url(https://evil.example/x);stroke:#00f;behavior:url(x.htc)" d="M0 0h4"/>'),
  'use data uri': svg('<use href="data:image/svg+xml;base64,PHN2Zy8+"/><circle r="2"/>'),
  'fill url outside': svg('<rect width="4" height="4" fill="url(http://evil.example/p.svg#g)" mask="url(data:x)"/>'),
  'animate href': svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/><circle r="2"/></a>'),
  'entity-encoded javascript': svg('<a href="&#106;avascript:alert(1)"><circle r="2"/></a>'),
  'css escape': svg('<path style="fill:u\\72 l(http://x)" d="M0 0h4"/>'),
  'event handler casing': svg('<circle r="2" OnMouseOver="x()" onfocusin="y()"/>'),
};

for (const [name, text] of Object.entries(HOSTILE)) {
  test(`hostile SVG (${name}) is neutralised`, () => {
    const r = clean(text);
    assertInert(r.body);
    assert.ok(r.removed.length > 0, 'what was removed is reported');
  });
}

test('the dangerous parts are named in what was removed', () => {
  assert.deepEqual(clean(HOSTILE.script!).removed, ['<script>']);
  assert.ok(clean(HOSTILE.onload!).removed.includes('onload= event handler'));
  assert.ok(clean(HOSTILE['external use']!).removed.some((r) => r.includes('http://evil.example/sprite.svg')));
  assert.ok(clean(HOSTILE.doctype!).removed.includes('DOCTYPE'));
  assert.ok(clean(HOSTILE['style import']!).removed.includes('@import in <style>'));
  assert.ok(clean(HOSTILE['javascript link']!).removed.some((r) => r.startsWith('link <a href="javascript:')));
});

test('shapes survive: a link\'s content is kept, a style class becomes attributes', () => {
  assert.match(clean(HOSTILE['javascript link']!).body, /<circle r="4" cx="12" cy="12"\/>/);
  const styled = clean(svg('<style>/* brand */ path { stroke: #000 } .b { fill: #ff0000 } .c, .d { fill: #00ff00 }</style><path class="b" d="M0 0"/><path class="d" d="M1 1" fill="#123"/>')).body;
  assert.equal(styled, '<g><path d="M0 0" stroke="#000" fill="#ff0000"/><path d="M1 1" fill="#00ff00" stroke="#000"/></g>');
});

const REFUSED: Record<string, [string, RegExp]> = {
  'malformed XML': [svg('<path d="M0 0"'), /not well-formed/],
  'unclosed element': [svg('<g><path d="M0 0"/>'), /never closed|does not close/],
  'unquoted attribute': [svg('<path d=M0/>'), /not quoted/],
  'bare ampersand': [svg('<path d="M0 0 & 1"/>'), /bare "&"/],
  'not an svg': ['<html><body/></html>', /root element is <html>/],
  'empty input': ['', /no root element/],
  'two roots': [`${svg('')}${svg('')}`, /more than one root/],
  'no size': ['<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>', /no usable viewBox/],
  'huge input': [svg(`<path d="${'M0 0 '.repeat(MAX_ICON_BYTES / 4)}"/>`), /larger than 256 KB/],
  'too many elements': [svg('<g/>'.repeat(20_001)), /more than 20000 elements/],
  'too deep': [svg('<g>'.repeat(100) + '</g>'.repeat(100)), /deeper than 64/],
  'use loop': [svg('<g id="a"><use href="#a"/></g>'), /refers to itself/],
  'use bomb': [svg(`<g id="l0"><path d="M0 0"/><path d="M0 0"/></g>${Array.from({ length: 20 }, (_, i) => `<g id="l${i + 1}"><use href="#l${i}"/><use href="#l${i}"/></g>`).join('')}`), /expand to more than/],
};

for (const [name, [text, why]] of Object.entries(REFUSED)) {
  test(`${name} is refused with a reason, not a crash`, () => {
    const r = sanitizeSvg(text, P);
    assert.ok('error' in r, 'refused');
    assert.match(r.error, why);
  });
}

test('ids and references move into the icon\'s own id space', () => {
  const r = clean(svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient><clipPath id="c"><rect width="9" height="9"/></clipPath></defs><rect width="24" height="24" fill="url(#g)" clip-path="url(#c)"/><use href="#c"/>'));
  assert.match(r.body, /id="icon-x-g"/);
  assert.match(r.body, /fill="url\(#icon-x-g\)" clip-path="url\(#icon-x-c\)"/);
  assert.match(r.body, /<use href="#icon-x-c"\/>/);
  assert.doesNotMatch(r.body, /id="g"|#g\)/);
});

test('a one-colour icon is tinted by the theme; a colourful one keeps its colours', () => {
  const mono = clean(svg('<path d="M0 0h4" fill="#333"/><circle r="3" fill="#333333" stroke="#333"/>'));
  assert.equal(mono.tinted, true);
  assert.doesNotMatch(mono.body, /#333/);
  assert.match(mono.body, /fill="currentColor"/);
  const defaultBlack = clean(svg('<path d="M0 0h4"/>'));
  assert.equal(defaultBlack.tinted, true);
  assert.match(defaultBlack.body, /^<g fill="currentColor">/);
  const strokes = clean(svg('<path d="M0 0h4"/>', 'viewBox="0 0 24 24" fill="none" stroke="black"'));
  assert.equal(strokes.tinted, true);
  assert.match(strokes.body, /^<g fill="none" stroke="currentColor">/);
  const colourful = clean(svg('<path d="M0 0h4" fill="#ff0000"/><path d="M0 0h4" fill="#0000ff"/>'));
  assert.equal(colourful.tinted, false);
  assert.match(colourful.body, /#ff0000.*#0000ff/);
  const gradient = clean(svg('<defs><linearGradient id="g"><stop stop-color="#f00"/></linearGradient></defs><path d="M0 0" fill="url(#g)"/>'));
  assert.equal(gradient.tinted, false);
});

test('viewBox: its own, else from width and height, in plain numbers', () => {
  assert.equal(clean(svg('<path d="M0 0"/>', 'viewBox="0,0,48,32"')).viewBox, '0 0 48 32');
  assert.equal(clean(svg('<path d="M0 0"/>', 'width="64px" height="48"')).viewBox, '0 0 64 48');
  assert.ok('error' in sanitizeSvg(svg('<path d="M0 0"/>', 'width="100%" height="100%"'), P));
});

test('deterministic, and never throws on mangled input', () => {
  const sample = Object.values(HOSTILE).join('');
  assert.deepEqual(sanitizeSvg(HOSTILE['style import']!, P), sanitizeSvg(HOSTILE['style import']!, P));
  let seed = 7;
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let i = 0; i < 400; i++) {
    const at = rand(sample.length);
    const cut = sample.slice(rand(sample.length / 2), at) + '<>"\'&;#/='[rand(9)] + sample.slice(at, at + rand(300));
    const r = sanitizeSvg(cut, P);
    if (!('error' in r)) assertInert(r.body);
  }
});

test('a sanitised icon renders in resvg, even placed outside the canvas', () => {
  const r = clean(HOSTILE['style import']!.replace('</svg>', '<svg x="2" width="4" height="4" viewBox="0 0 1 1"><rect width="1" height="1"/></svg></svg>'));
  const page = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><defs><symbol id="s" viewBox="${r.viewBox}" overflow="visible">${r.body}</symbol></defs><use href="#s" x="-40" y="-40" width="10" height="10"/><use href="#s" x="2" y="2" width="16" height="16"/></svg>`;
  const image = new Resvg(page).render();
  assert.equal(image.width, 20);
});
