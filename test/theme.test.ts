import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accentPaint, ACCENT_SLOTS, contrastIssues, contrastRatio, ensureContrast, getTheme, MIN_TEXT_CONTRAST, textPairs, themeNames,
  type Theme,
} from '../src/theme/index.js';

const themes = themeNames().map((n) => getTheme(n)!);

test('contrastRatio follows WCAG 2.x', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#000000'), 21);
  assert.equal(contrastRatio('#0a0a0a', '#0a0a0a'), 1);
  assert.equal(Math.round(contrastRatio('#777777', '#ffffff') * 100) / 100, 4.48);
  assert.equal(Math.round(contrastRatio('#00ff88', '#0a0a0a') * 100) / 100, 14.76);
});

test('the built-in themes: dark-neon (default), light, high-contrast, blueprint, synthwave', () => {
  assert.deepEqual(themeNames(), ['dark-neon', 'light', 'high-contrast', 'blueprint', 'synthwave']);
  assert.equal(getTheme('dark-neon')!.glow.enabled, true);
  assert.equal(getTheme('light')!.glow.enabled, false);
  assert.equal(getTheme('synthwave')!.glow.enabled, true);
  assert.ok(getTheme('blueprint')!.grid, 'blueprint has its drafting grid');
  assert.equal(getTheme('neon'), null);
});

test('high-contrast holds every text to 7:1 (WCAG AAA), not just 4.5:1', () => {
  const t = getTheme('high-contrast')!;
  for (const p of textPairs(t)) assert.ok(contrastRatio(p.fgColor, p.bgColor) >= 7, `${p.fg} on ${p.bg}`);
});

test('dark-neon keeps the reference palette', () => {
  const t = getTheme('dark-neon')!;
  assert.equal(t.background, '#0a0a0a');
  assert.deepEqual([t.palette.green, t.palette.magenta, t.palette.cyan], ['#00ff88', '#ff0080', '#00ddff']);
  assert.equal(t.node.label, '#ffffff');
});

for (const theme of themes) {
  test(`${theme.name}: every text is at least 4.5:1 on every background it sits on`, () => {
    for (const p of textPairs(theme)) {
      const ratio = contrastRatio(p.fgColor, p.bgColor);
      assert.ok(ratio >= MIN_TEXT_CONTRAST, `${p.fg} ${p.fgColor} on ${p.bg} ${p.bgColor}: ${ratio.toFixed(2)}`);
    }
    assert.ok(textPairs(theme).length >= 6 + ACCENT_SLOTS.length);
  });

  test(`${theme.name}: icons, borders and edge lines stand out (no issues at all)`, () => {
    assert.deepEqual(contrastIssues(theme), []);
  });
}

// Every text token of every theme, made the colour of what it sits on: the audit must name exactly it.
for (const theme of themes) {
  test(`${theme.name}: the contrast check fails when any text token is made unreadable`, () => {
    for (const p of textPairs(theme)) {
      const path = p.fg.split('.');
      const unreadable = withColour(theme, path, p.bgColor);
      const named = contrastIssues(unreadable).map((i) => i.fg);
      assert.ok(named.includes(p.fg), `${theme.name}: ${p.fg} set to ${p.bgColor} is not caught`);
    }
  });
}

function withColour(theme: Theme, path: string[], colour: string): Theme {
  const copy = structuredClone(theme) as unknown as Record<string, unknown>;
  const parent = path.slice(0, -1).reduce((t, k) => t[k] as Record<string, unknown>, copy);
  parent[path.at(-1)!] = colour;
  return copy as unknown as Theme;
}

/** A copy of a theme with one token replaced. */
function doctor(theme: Theme, patch: (t: Theme) => Theme): Theme {
  return patch(structuredClone(theme));
}

test('the contrast check catches a doctored theme', () => {
  const dark = getTheme('dark-neon')!;
  const greyOnBlack = doctor(dark, (t) => ({ ...t, node: { ...t.node, sublabel: '#555555' } }));
  assert.deepEqual(contrastIssues(greyOnBlack).map((i) => i.fg), ['node.sublabel']);
  const blackIcons = doctor(dark, (t) => ({ ...t, accents: { ...t.accents, green: { ...t.accents.green, icon: '#111111' } } }));
  assert.deepEqual(contrastIssues(blackIcons).map((i) => i.fg), ['accents.green.icon']);
  const paleTitle = doctor(getTheme('light')!, (t) => ({ ...t, title: '#cccccc' }));
  assert.deepEqual(contrastIssues(paleTitle).map((i) => i.fg), ['title']);
  const dimPill = doctor(dark, (t) => ({ ...t, edgeLabel: { ...t.edgeLabel, text: '#3a3a3a' } }));
  assert.equal(contrastIssues(dimPill)[0]!.bg, 'edgeLabel.fill');
});

test('a user hex colour gets readable text and icons, deterministically', () => {
  for (const theme of themes) {
    for (const hex of ['#202020', '#ffff00', '#0000ff', '#808080', '#7A3CFF']) {
      const p = accentPaint(theme, hex);
      assert.ok(contrastRatio(p.groupText, p.groupFill) >= MIN_TEXT_CONTRAST, `${theme.name} ${hex} group title`);
      assert.ok(contrastRatio(p.icon, theme.node.fill) >= MIN_TEXT_CONTRAST, `${theme.name} ${hex} icon`);
      assert.ok(contrastRatio(p.stroke, theme.background) >= 3, `${theme.name} ${hex} border`);
      assert.deepEqual(accentPaint(theme, hex), p);
    }
  }
});

test('a readable hex keeps its colour; an unreadable one keeps its hue', () => {
  const dark = getTheme('dark-neon')!;
  assert.equal(accentPaint(dark, '#ff0080').groupText, '#ff0080');
  const navy = accentPaint(dark, '#000080');
  assert.notEqual(navy.groupText, '#000080');
  assert.match(navy.groupText, /^#[0-9a-f]{6}$/);
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(navy.groupText.slice(i, i + 2), 16));
  assert.ok(b! > r! && b! > g!, `still blue: ${navy.groupText}`);
});

test('slot names resolve to the theme accents; unknown colours fall back to green', () => {
  const t = getTheme('light')!;
  assert.equal(accentPaint(t, 'magenta'), t.accents.magenta);
  assert.equal(accentPaint(t, 'chartreuse'), t.accents.green);
});

test('ensureContrast falls back to black or white when lightness alone cannot reach the ratio', () => {
  const out = ensureContrast('#777777', '#777777', 7);
  assert.ok(['#000000', '#ffffff'].includes(out));
  assert.equal(ensureContrast('#ffffff', '#000000'), '#ffffff');
});
