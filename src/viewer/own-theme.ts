// A model with its own theme file brings the chrome colours for it; built-in themes are in the stylesheet.

const ID = 'nx-own-theme';

/** Puts the model's own theme block in the page (as text, in a style element), or removes it. */
export function ownThemeStyle(css: string): void {
  let style = document.getElementById(ID);
  if (!css) return void style?.remove();
  if (!style) (style = document.createElement('style')), (style.id = ID), document.head.appendChild(style);
  if (style.textContent !== css) style.textContent = css;
}
