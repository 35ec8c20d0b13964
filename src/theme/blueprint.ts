import { accentsOnFirstUse } from './accent.js';
import type { AccentSlot, Theme } from './types.js';

const background = '#0b2d57';
const nodeFill = '#0e3768';
const groupTint = 0.07;

/** Pale, chalk-like accents: drafting lines read white and cyan, the slots still tell groups apart. */
const palette: Record<AccentSlot, string> = {
  green: '#a8f0c6',
  magenta: '#ffb3de',
  cyan: '#7fdbff',
  yellow: '#fff3a3',
  orange: '#ffd0a1',
  purple: '#d4c2ff',
  blue: '#b3d4ff',
  red: '#ffb3b3',
  pink: '#ffc9ec',
  teal: '#9ff0e4',
};

const accents = accentsOnFirstUse(palette, { background, nodeFill, groupTint });

/** A drawing office sheet: white and cyan lines on deep blue paper with a faint grid, no glow. */
export const blueprint: Theme = {
  name: 'blueprint',
  description: 'White and cyan lines on deep blue paper with a faint drafting grid, no glow.',
  background,
  title: '#ffffff',
  subtitle: '#cfe3ff',
  node: { fill: nodeFill, label: '#ffffff', sublabel: '#cfe3ff', strokeWidth: 1.25, radius: 4 },
  group: { strokeWidth: 1.25, radius: 6, strokeOpacity: 0.9 },
  palette,
  groupTint,
  get accents() {
    return accents();
  },
  edges: {
    request: { color: '#ffffff', width: 2, dash: null, cap: 'butt' },
    data: { color: '#7fdbff', width: 1.6, dash: '7 5', cap: 'butt' },
    telemetry: { color: '#ffe08a', width: 1.6, dash: '0.5 5', cap: 'round' },
  },
  edgeLabel: { text: '#ffffff', fill: '#0b2d57', strokeOpacity: 0.8 },
  legend: { fill: '#0a2850', stroke: '#5d86b8', text: '#ffffff' },
  glow: { enabled: false, strength: 0, spread: 0 },
  finding: { color: '#ff9a9a', fill: '#0e3768', text: '#ffb3b3', glow: 0.65 },
  grid: { color: '#7fb2e5', size: 24, opacity: 0.14 },
};
