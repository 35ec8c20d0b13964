// A user's theme file may pick colours that cannot be read: the text is drawn readable anyway,
// and a `low-contrast` warning at the token says by how much it fell short and what was drawn instead.
import type { Diagnostic, Span } from '../diagnostics/types.js';
import { warning } from '../diagnostics/make.js';
import { contrastIssues, type ContrastIssue } from './audit.js';
import { contrastRatio, ensureContrast } from './contrast.js';
import type { TokenValue } from './file-tokens.js';
import { auditTokenPath, withToken } from './token-path.js';
import { ACCENT_SLOTS, type Theme } from './types.js';

// A fix against one background can spoil another (an edge line on the canvas and on a group fill): a few passes settle it.
const PASSES = 4;

/** The theme with every unreadable token moved to a readable colour, and a warning for each. */
export function keepReadable(theme: Theme, written: readonly TokenValue[]): { theme: Theme; diagnostics: Diagnostic[] } {
  let fixed = theme;
  const first = new Map<string, ContrastIssue>();
  for (let pass = 0; pass < PASSES; pass++) {
    const issues = contrastIssues(fixed).filter((i) => !i.fg.startsWith('accents.'));
    if (!issues.length) break;
    for (const issue of issues) {
      if (!first.has(issue.fg)) first.set(issue.fg, issue);
      fixed = withToken(fixed, auditTokenPath(issue.fg), ensureContrast(tokenColour(fixed, issue.fg), issue.bgColor, issue.min));
    }
  }
  const repaired = [...first.values()].map((i) => repairWarning(i, tokenColour(fixed, i.fg), spanFor(i, written)));
  return { theme: fixed, diagnostics: [...repaired, ...paletteWarnings(fixed, written)] };
}

function tokenColour(theme: Theme, fg: string): string {
  return auditTokenPath(fg).reduce<unknown>((t, k) => (t as Record<string, unknown>)[k], theme) as string;
}

const ratio = (r: number): string => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

function repairWarning(issue: ContrastIssue, drawn: string, span: Span | undefined): Diagnostic {
  const what = issue.min >= 4.5 ? 'text needs' : 'lines and borders need';
  const message = `${issue.fg} ${issue.fgColor} on ${issue.bg} ${issue.bgColor} is ${ratio(issue.ratio)}, under the ${issue.min}:1 ${what}; `
    + `drawn as ${drawn} (${ratio(contrastRatio(drawn, issue.bgColor))}) instead`;
  return warning('low-contrast', message, span, `pick a colour with more contrast to keep yours exactly, e.g. ${drawn}`);
}

// At the token that made the pair unreadable: the text's colour when the file set it, else the background's.
function spanFor(issue: ContrastIssue, written: readonly TokenValue[]): Span | undefined {
  const at = (name: string) => written.find((w) => w.path.join('.') === auditTokenPath(name).join('.'))?.span;
  return at(issue.fg) ?? at(issue.bg) ?? written.find((w) => w.path[0] === 'background')?.span ?? written[0]?.span;
}

/** A palette colour the file set that group titles or icons cannot use as it is. */
function paletteWarnings(theme: Theme, written: readonly TokenValue[]): Diagnostic[] {
  return ACCENT_SLOTS.flatMap((slot) => {
    const token = written.find((w) => w.path[0] === 'palette' && w.path[1] === slot);
    const paint = theme.accents[slot];
    if (!token || (paint.groupText === theme.palette[slot] && paint.icon === theme.palette[slot])) return [];
    const base = theme.palette[slot];
    const message = `palette.${slot} ${base} is ${ratio(contrastRatio(base, paint.groupFill))} on its group fill and ${ratio(contrastRatio(base, theme.node.fill))} on the node fill, `
      + `under the 4.5:1 text needs; group titles drawn as ${paint.groupText}, icons as ${paint.icon}`;
    return [warning('low-contrast', message, token.span, 'a lighter colour on dark themes (darker on light ones) is drawn exactly as given')];
  });
}
