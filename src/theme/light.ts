import { accentsOnFirstUse } from './accent.js';
import type { AccentSlot, Theme } from './types.js';

const background = '#ffffff';
const nodeFill = '#ffffff';
const groupTint = 0.05;

/** Deeper versions of the neon accents: crisp on paper and readable as text on white. */
const palette: Record<AccentSlot, string> = {
  green: '#007a52',
  magenta: '#c4005f',
  cyan: '#0077a8',
  yellow: '#8a6d00',
  orange: '#b35300',
  purple: '#7a3dcc',
  blue: '#1f5fd1',
  red: '#c8102e',
  pink: '#b8307f',
  teal: '#00796b',
};

const accents = accentsOnFirstUse(palette, { background, nodeFill, groupTint });

/** For print: white canvas, darker crisp accents, no glow. */
export const light: Theme = {
  name: 'light',
  description: 'White canvas with deeper accents and no glow, for print and documents.',
  background,
  title: '#111318',
  subtitle: '#4a4f5a',
  node: { fill: nodeFill, label: '#111318', sublabel: '#4a4f5a', strokeWidth: 1.5, radius: 10 },
  group: { strokeWidth: 1.25, radius: 14, strokeOpacity: 0.9 },
  palette,
  groupTint,
  get accents() {
    return accents();
  },
  edges: {
    request: { color: '#1d2330', width: 2, dash: null, cap: 'butt' },
    data: { color: '#6a3fc4', width: 1.6, dash: '7 5', cap: 'butt' },
    telemetry: { color: '#b34d00', width: 1.6, dash: '0.5 5', cap: 'round' },
  },
  edgeLabel: { text: '#111318', fill: '#ffffff', strokeOpacity: 0.8 },
  legend: { fill: '#fafafb', stroke: '#c9ccd3', text: '#1d2330' },
  glow: { enabled: false, strength: 0, spread: 0 },
  finding: { color: '#c8102e', fill: '#ffffff', text: '#b00d28', glow: 0.5 },
};
