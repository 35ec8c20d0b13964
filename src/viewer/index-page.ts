// The static site's front page: the cards are plain HTML; the script only adds the theme switch.
import type { ViewerBoot } from './contract.js';
import { themeLabel } from './chrome/toolbar.js';
import { h } from './dom.js';
import { preferredTheme, rememberTheme } from './prefs.js';

/** Applies the remembered theme and fills the theme menu. */
export function startIndex(boot: Extract<ViewerBoot, { mode: 'index' }>): void {
  const select = document.getElementById('nx-theme');
  const theme = preferredTheme(null, boot.themes[0] ?? 'dark-neon', boot.themes);
  document.documentElement.dataset.theme = theme;
  if (!(select instanceof HTMLSelectElement)) return;
  select.replaceChildren(...boot.themes.map((t) => h('option', { value: t }, themeLabel(t))));
  select.value = theme;
  select.hidden = false;
  select.addEventListener('change', () => {
    document.documentElement.dataset.theme = select.value;
    rememberTheme(select.value);
  });
}
