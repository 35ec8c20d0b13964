// The theme a page opens in: the address's, else the one last chosen in this browser, else the model's.

const KEY = 'neonarch.theme';

/** The theme to start in, always one of `themes`. */
export function preferredTheme(fromHash: string | null, fromModel: string, themes: readonly string[]): string {
  return chosenTheme(fromHash, themes) ?? (themes.includes(fromModel) ? fromModel : themes[0] ?? fromModel);
}

/** The theme the address or an earlier choice asks for, or null to go with the model's. */
export function chosenTheme(fromHash: string | null, themes: readonly string[]): string | null {
  for (const t of [fromHash, stored()]) if (t && themes.includes(t)) return t;
  return null;
}

/** Remembers a chosen theme for the next page (quietly does nothing where storage is off). */
export function rememberTheme(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Storage can be disabled (privacy settings, some file:// setups): the choice lasts for this page only.
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
