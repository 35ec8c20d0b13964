export { renderSvg } from './svg.js';
export { renderPng, renderPngAsync, type PngOptions } from './png.js';
export { escapeXml } from './escape.js';
