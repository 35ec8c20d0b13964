import { accentsOnFirstUse } from './accent.js';
import type { AccentSlot, Theme } from './types.js';

const background = '#0a0a0a';
const nodeFill = '#16161a';
const groupTint = 0.06;

/** The reference neon palette (green, magenta, cyan) and seven more in the same spirit. */
const palette: Record<AccentSlot, string> = {
  green: '#00ff88',
  magenta: '#ff0080',
  cyan: '#00ddff',
  yellow: '#ffe600',
  orange: '#ff8a00',
  purple: '#b266ff',
  blue: '#3d8bff',
  red: '#ff3355',
  pink: '#ff66cc',
  teal: '#00e5c0',
};

const accents = accentsOnFirstUse(palette, { background, nodeFill, groupTint });

/** The signature look: near-black canvas, dark cards, neon borders with a soft glow, white text. */
export const darkNeon: Theme = {
  name: 'dark-neon',
  description: 'Near-black canvas, dark cards, neon accents with a soft glow (default).',
  background,
  title: '#ffffff',
  subtitle: '#b4b4bd',
  node: { fill: nodeFill, label: '#ffffff', sublabel: '#b4b4bd', strokeWidth: 1.5, radius: 10 },
  group: { strokeWidth: 1.5, radius: 14, strokeOpacity: 0.75 },
  palette,
  groupTint,
  get accents() {
    return accents();
  },
  edges: {
    request: { color: '#e8f4ff', width: 2.25, dash: null, cap: 'butt' },
    data: { color: '#b68cff', width: 1.75, dash: '7 5', cap: 'butt' },
    telemetry: { color: '#ffb347', width: 1.75, dash: '0.5 5', cap: 'round' },
  },
  edgeLabel: { text: '#ffffff', fill: '#1c1c22', strokeOpacity: 0.7 },
  legend: { fill: '#121216', stroke: '#3a3a44', text: '#e6e6ea' },
  glow: { enabled: true, strength: 0.3, spread: 8 },
  finding: { color: '#ff3355', fill: '#1a0b10', text: '#ff5c77', glow: 0.8 },
};
