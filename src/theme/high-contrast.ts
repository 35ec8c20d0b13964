import { accentsOnFirstUse } from './accent.js';
import type { AccentSlot, Theme } from './types.js';

const background = '#000000';
const nodeFill = '#000000';
// No tint: every group sits on pure black, so each accent keeps its full contrast.
const groupTint = 0;

/** Accents chosen for at least 7:1 on black (WCAG AAA), each a clearly different hue. */
const palette: Record<AccentSlot, string> = {
  green: '#00ff66',
  magenta: '#ff4fd8',
  cyan: '#00e5ff',
  yellow: '#ffff00',
  orange: '#ff9f1a',
  purple: '#c9a0ff',
  blue: '#7cb6ff',
  red: '#ff6b6b',
  pink: '#ff8fd6',
  teal: '#1de9b6',
};

const accents = accentsOnFirstUse(palette, { background, nodeFill, groupTint });

/** For low vision and projectors: black canvas, white text, thick borders and lines, no glow. */
export const highContrast: Theme = {
  name: 'high-contrast',
  description: 'Black canvas, white text, thick saturated borders and lines, no glow; every text at least 7:1.',
  background,
  title: '#ffffff',
  subtitle: '#e6e6e6',
  node: { fill: nodeFill, label: '#ffffff', sublabel: '#e6e6e6', strokeWidth: 2.5, radius: 8 },
  group: { strokeWidth: 2, radius: 12, strokeOpacity: 1 },
  palette,
  groupTint,
  get accents() {
    return accents();
  },
  edges: {
    request: { color: '#ffffff', width: 2.75, dash: null, cap: 'butt' },
    data: { color: '#b794ff', width: 2.25, dash: '8 5', cap: 'butt' },
    telemetry: { color: '#ffd400', width: 2.5, dash: '0.5 6', cap: 'round' },
  },
  edgeLabel: { text: '#ffffff', fill: '#000000', strokeOpacity: 1 },
  legend: { fill: '#000000', stroke: '#ffffff', text: '#ffffff' },
  glow: { enabled: false, strength: 0, spread: 0 },
  finding: { color: '#ff7070', fill: '#000000', text: '#ff7a7a', glow: 0.5 },
};
