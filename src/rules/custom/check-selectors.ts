import type { Diagnostic } from '../../diagnostics/types.js';
import { warning } from '../../diagnostics/make.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { closestTechs, findTech } from '../../catalog/index.js';
import type { Model } from '../../model/types.js';
import type { CustomRule, Selector, Word } from '../../model/rule-types.js';

/** Warnings for words in the model's own custom rules that name nothing in it (a rule that can never fire). */
export function checkSelectors(model: Model): Diagnostic[] {
  const names = {
    id: model.nodes.map((n) => n.id),
    group: model.groups.map((g) => g.id),
    zone: (model.zones ?? []).map((z) => z.id),
  };
  const check = (words: readonly Word[], key: keyof typeof names) =>
    words.filter((w) => !names[key].includes(w.text)).map((w) => unknown(w, key, names[key]));
  const visit = (s: Selector | null): Diagnostic[] =>
    s ? [...check(s.id, 'id'), ...check(s.group, 'group'), ...check(s.zone, 'zone'), ...techs(s.tech, model), ...visit(s.not)] : [];
  return (model.rules?.custom ?? []).flatMap((rule: CustomRule) => [...visit(rule.from), ...visit(rule.to)]);
}

function unknown(word: Word, key: string, known: readonly string[]): Diagnostic {
  const hint = didYouMean(word.text, known) ?? (known.length ? `${key}s here: ${known.join(', ')}` : `this model has no ${key}s`);
  return warning('unknown-selector-value', `selector names ${key} "${word.text}", which is not in this model`, word.span, hint);
}

// A technology neither in the catalog nor written on any node can never match.
function techs(words: readonly Word[], model: Model): Diagnostic[] {
  return words.filter((w) => !findTech(w.text) && !model.nodes.some((n) => n.tech === w.text.toLowerCase())).map((w) => {
    const near = closestTechs(w.text, 1)[0];
    return warning('unknown-selector-value', `selector names technology "${w.text}", which is not in the catalog`, w.span, near ? `did you mean "${near}"?` : undefined);
  });
}
