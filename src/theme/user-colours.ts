// A model's own hex colours (`color: "#000080"`) are drawn readable in every theme; when that means
// a different shade than the one written, a `low-contrast` warning at the colour says so.
import type { Diagnostic, Span } from '../diagnostics/types.js';
import { warning } from '../diagnostics/make.js';
import type { Model } from '../model/types.js';
import { accentPaint } from './accent.js';
import { isHex } from './color.js';
import { contrastRatio, MIN_TEXT_CONTRAST } from './contrast.js';
import type { Theme } from './types.js';

/** Where a model sets its own colour: a group (whose title sits on its tint) or a node (whose icon sits on the card). */
interface ColourUse {
  colour: string;
  span: Span;
  on: 'group' | 'node';
}

/** A warning for each hex colour of the model that the theme has to adjust to keep text and icons readable. */
export function userColourWarnings(model: Model, theme: Theme): Diagnostic[] {
  const uses: ColourUse[] = [
    ...model.groups.flatMap((g) => (g.colorSpan && isHex(g.color) ? [{ colour: g.color, span: g.colorSpan, on: 'group' as const }] : [])),
    ...model.nodes.flatMap((n) => (n.colorSpan && n.color && isHex(n.color) ? [{ colour: n.color, span: n.colorSpan, on: 'node' as const }] : [])),
  ];
  return uses.flatMap((u) => adjusted(u, theme));
}

const ratio = (r: number): string => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

function adjusted(use: ColourUse, theme: Theme): Diagnostic[] {
  const paint = accentPaint(theme, use.colour);
  const [drawn, bg, role] = use.on === 'group' ? [paint.groupText, paint.groupFill, 'the group title'] : [paint.icon, theme.node.fill, 'the icon'];
  if (drawn === use.colour) return [];
  const where = use.on === 'group' ? 'its group fill' : 'the node card';
  const message = `colour ${use.colour} is ${ratio(contrastRatio(use.colour, bg))} on ${where} in theme ${theme.name}, under the ${MIN_TEXT_CONTRAST}:1 text needs; `
    + `${role} is drawn in ${drawn} (${ratio(contrastRatio(drawn, bg))}) instead`;
  return [warning('low-contrast', message, use.span, 'pick a lighter colour on dark themes (darker on light ones) to have it drawn exactly as written')];
}
