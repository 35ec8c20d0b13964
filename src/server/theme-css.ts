import { getTheme, luminance, themeNames, type Theme } from '../theme/index.js';

/** The viewer's chrome in the colours of each diagram theme, so panels, toolbar and diagram belong together. */
export function themeCss(names: readonly string[] = themeNames()): string {
  return names.map((n) => getTheme(n)).filter((t): t is Theme => t !== null).map(themeBlock).join('\n');
}

const mix = (color: string, percent: number, other: string): string => `color-mix(in srgb, ${color} ${percent}%, ${other})`;

/** The chrome's colours for one theme: dark canvases get dark chrome lifted towards white, light ones white panels. */
export function themeBlock(t: Theme): string {
  const dark = luminance(t.background) < 0.35;
  const lift = dark ? '#ffffff' : '#000000';
  const vars: Record<string, string> = {
    'color-scheme': dark ? 'dark' : 'light',
    '--stage': t.background,
    '--stage-dot': mix(t.background, dark ? 86 : 88, lift),
    '--bg': dark ? mix(t.background, 82, '#000000') : mix(t.background, 94, '#1d2330'),
    '--panel': dark ? mix(t.background, 95, lift) : t.background,
    '--panel-2': mix(t.background, dark ? 91 : 97, lift),
    '--panel-3': mix(t.background, dark ? 86 : 93, lift),
    '--line': mix(t.background, dark ? 84 : 87, lift),
    '--line-strong': mix(t.background, dark ? 74 : 78, lift),
    '--text': dark ? '#ececf1' : t.title,
    '--muted': t.subtitle,
    ...accents(t, dark),
    ...signals(dark),
  };
  const name = cssString(t.name);
  const block = `:root[data-theme='${name}']{${Object.entries(vars).map(([k, v]) => `${k}:${v}`).join(';')}}`;
  // The site's index cards carry a thumbnail per theme; only the current theme's shows.
  return `${block}\n:root[data-theme='${name}'] .nx-thumb img:not([data-theme='${name}']){display:none}`;
}

function accents(t: Theme, dark: boolean): Record<string, string> {
  const p = t.palette;
  const brighten = (c: string) => (dark ? mix(c, 60, '#ffffff') : c);
  return {
    '--accent': p.green, '--accent-ink': t.background, '--accent-2': p.cyan, '--accent-3': p.magenta, '--lit': p.green, '--focus': p.cyan,
    '--glow': `0 0 0 1px ${mix(p.green, 40, 'transparent')}, 0 0 18px ${mix(p.green, dark ? 25 : 0, 'transparent')}`,
    '--line-request': t.edges.request.color, '--line-data': t.edges.data.color, '--line-telemetry': t.edges.telemetry.color,
    '--flow-request': dark ? p.cyan : t.edges.request.color, '--flow-data': brighten(t.edges.data.color), '--flow-telemetry': brighten(t.edges.telemetry.color),
    ...Object.fromEntries(Object.entries(p).map(([slot, color]) => [`--c-${slot}`, color])),
  };
}

// A theme file may name its theme anything: inside a CSS string, all but plain characters become hex escapes.
const cssString = (text: string): string => text.replace(/[^A-Za-z0-9 _.-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);

// Error, warning and note colours readable on the chrome, and their text colours.
function signals(dark: boolean): Record<string, string> {
  return dark
    ? { '--danger': '#ff4d6a', '--danger-ink': '#1a0006', '--danger-bg': '#1a0a10', '--warn': '#ffb347', '--warn-ink': '#1a1200', '--note': '#7fb8ff', '--note-ink': '#06122a', '--shadow': '0 12px 40px rgba(0,0,0,.55)' }
    : { '--danger': '#c8102e', '--danger-ink': '#ffffff', '--danger-bg': '#fff3f5', '--warn': '#8a5a00', '--warn-ink': '#ffffff', '--note': '#1f5fd1', '--note-ink': '#ffffff', '--shadow': '0 12px 32px rgba(17,19,24,.14)' };
}
