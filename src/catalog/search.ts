// Fuzzy search over the catalog for `neonarch icons QUERY`: tiers first, then how close the match is.
import { editDistance } from '../diagnostics/suggest.js';
import type { Tech } from './types.js';

/** How well a word matches, lower is better: [tier, closeness within the tier]. */
type Score = readonly [number, number];

const NONE: Score = [Infinity, Infinity];
const compact = (word: string): string => word.toLowerCase().replace(/[^a-z0-9+#]/g, '');
const better = (a: Score, b: Score): Score => (a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? a : b);

/** Entries matching `query`, best first: exact id, exact alias or label, prefix, word prefix, substring, then typo-near. */
export function rankTechs(query: string, techs: readonly Tech[]): Tech[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...techs];
  return techs
    .map((tech, order) => ({ tech, order, score: scoreTech(q, tech) }))
    .filter(({ score }) => Number.isFinite(score[0]))
    .sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || a.order - b.order)
    .map(({ tech }) => tech);
}

function scoreTech(q: string, tech: Tech): Score {
  const exactId: Score = tech.id === q || compact(tech.id) === compact(q) ? [0, 0] : NONE;
  return [...tech.aliases, tech.label.toLowerCase(), tech.id].reduce((best, word) => better(best, scoreWord(q, word)), exactId);
}

function scoreWord(q: string, word: string): Score {
  const w = word.toLowerCase();
  const qc = compact(q), wc = compact(w);
  const extra = Math.max(0, w.length - q.length);
  if (w === q || (qc !== '' && wc === qc)) return [1, 0];
  if (w.startsWith(q) || (qc !== '' && wc.startsWith(qc))) return [2, extra];
  if (startsAWord(w, q)) return [3, extra];
  // Compacted forms only when the query has separators: "azure-disk" must not contain "redis".
  if (w.includes(q) || (qc !== q && qc !== '' && wc.includes(qc))) return [4, extra];
  const distance = editDistance(qc || q, wc || w);
  return distance <= typoLimit(q) ? [5, distance] : NONE;
}

// As did-you-mean allows: one edit in a short word (two turn `go` into `pg`), else up to half the word.
const typoLimit = (q: string): number => (q.length <= 3 ? 1 : Math.max(2, Math.floor(q.length / 2)));

// "sql" starts a word of "GCP Cloud SQL" and of "azure-sql".
function startsAWord(word: string, q: string): boolean {
  for (let i = word.indexOf(q); i > 0; i = word.indexOf(q, i + 1)) if (/[\s\-./_]/.test(word[i - 1]!)) return true;
  return false;
}
