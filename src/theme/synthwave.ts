import { accentsOnFirstUse } from './accent.js';
import type { AccentSlot, Theme } from './types.js';

const background = '#14052b';
const nodeFill = '#1f0a3d';
const groupTint = 0.08;

/** Eighties neon on a violet night: hot pink, electric cyan, sunset yellow and orange. */
const palette: Record<AccentSlot, string> = {
  green: '#5cff9d',
  magenta: '#ff2bd6',
  cyan: '#19f0ff',
  yellow: '#ffe45e',
  orange: '#ff8a3d',
  purple: '#b56bff',
  blue: '#6f8bff',
  red: '#ff4f6d',
  pink: '#ff7ad9',
  teal: '#2af5c8',
};

const accents = accentsOnFirstUse(palette, { background, nodeFill, groupTint });

/** Retro neon: deep violet canvas, purple cards, hot pink and cyan accents with a strong glow. */
export const synthwave: Theme = {
  name: 'synthwave',
  description: 'Deep violet canvas, purple cards, hot pink and cyan neon with a strong glow.',
  background,
  title: '#ffffff',
  subtitle: '#d9c2ff',
  node: { fill: nodeFill, label: '#ffffff', sublabel: '#d9c2ff', strokeWidth: 1.5, radius: 10 },
  group: { strokeWidth: 1.5, radius: 14, strokeOpacity: 0.8 },
  palette,
  groupTint,
  get accents() {
    return accents();
  },
  edges: {
    request: { color: '#f5e9ff', width: 2.25, dash: null, cap: 'butt' },
    data: { color: '#c3a6ff', width: 1.75, dash: '7 5', cap: 'butt' },
    telemetry: { color: '#ffb86b', width: 1.75, dash: '0.5 5', cap: 'round' },
  },
  edgeLabel: { text: '#ffffff', fill: '#2a0f4d', strokeOpacity: 0.75 },
  legend: { fill: '#1a0736', stroke: '#5a2d82', text: '#f0e6ff' },
  glow: { enabled: true, strength: 0.4, spread: 10 },
  finding: { color: '#ff4f6d', fill: '#2a0a2a', text: '#ff7f95', glow: 0.55 },
};
