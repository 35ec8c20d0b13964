// Public entry of the text stage: font metrics of the bundled Inter, measuring, wrapping, font files.
export type { FontWeight, FontStyle } from './style.js';
export { measureText, lineHeight, fontMetrics, type FontMetrics } from './advance.js';
export { wrapText } from './wrap.js';
export { FONT_FAMILY, FONT_STACK, fontFiles, fontFaceCss, inLatinSubset } from './fonts.js';
