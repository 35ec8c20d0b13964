import type { Diagnostic } from '../diagnostics/types.js';
import { warning } from '../diagnostics/make.js';
import { closest, editDistance } from '../diagnostics/suggest.js';
import { allTechs, findTech } from '../catalog/index.js';
import type { SourceScalar } from '../parse/index.js';
import type { Node } from './types.js';

type TechFields = Pick<Node, 'tech' | 'techLabel' | 'icon'>;

/** A node's technology from the catalog; an unknown word is kept (lower-cased) with a warning. */
export function resolveTech(scalar: SourceScalar | null): { fields: TechFields; diagnostics: Diagnostic[] } {
  const word = typeof scalar?.value === 'string' ? scalar.value.trim() : '';
  if (!scalar || word === '') return { fields: { tech: null, techLabel: null, icon: null }, diagnostics: [] };
  const tech = findTech(word);
  if (tech) return { fields: { tech: tech.id, techLabel: tech.label, icon: tech.icon }, diagnostics: [] };
  const fields = { tech: word.toLowerCase(), techLabel: word, icon: null };
  return { fields, diagnostics: [warning('unknown-tech', `unknown technology "${word}"`, scalar.span, techHint(word))] };
}

// Aliases count as near matches, but the hint names the catalog id they stand for; matches
// clearly worse than the best one are noise (`postgress` is not `ingress`).
function techHint(word: string): string {
  const words = allTechs().flatMap((t) => [t.id, ...t.aliases]);
  const near = closest(word, words, 3);
  const best = near[0] === undefined ? 0 : editDistance(word.toLowerCase(), near[0].toLowerCase());
  const close = near.filter((w) => editDistance(word.toLowerCase(), w.toLowerCase()) <= best + 1);
  const ids = [...new Set(close.map((w) => findTech(w)?.id ?? w))];
  if (ids.length === 0) return 'not in the technology catalog: the node is drawn without an icon and the word is shown as written';
  const quoted = ids.map((id) => `"${id}"`);
  return ids.length === 1 ? `did you mean ${quoted[0]}?` : `did you mean one of ${quoted.join(', ')}?`;
}
