// The question's terms as the documents of some regions write them: translations they never write
// replaced by the words those are made of.
import { analyze, normalize } from '../../indexer/analysis/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import { phraseMatches } from '../search/phrase-match.ts';
import { makeUnit } from '../search/query.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import type { Question } from './question.ts';
import type { FocusTerm } from './question-terms.ts';

/** How much each word of a translation the region's documents never write weighs, of the translation. */
const PIECE_FACTOR = 0.5;

/**
 * The terms the candidates of `regions` are scored on. A term guessed by translating English that
 * their documents never write is looked for by its words instead (smart factories -> 智能工厂,
 * written 智能化工厂: 智能 and 工厂), or, a single word, says nothing (health -> 卫生健康 where the text
 * says 医药健康). The question's Chinese terms always count. An English word nothing translates says
 * nothing about figures, which the metric, time, kind, unit and bar already match; for a name or a
 * place (`keepUntranslated`) it still counts against every candidate.
 */
export function writtenFocus(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  keepUntranslated = false,
): FocusTerm[] {
  const written = (form: string) => {
    const unit = makeUnit(form, true);
    return unit !== undefined && phraseMatches(store, unit).some((i) => inRegions(store.placeOf(i), regions));
  };
  return q.focus.flatMap((term) => {
    if (!term.translated) return [term];
    if (term.forms.length === 0) return keepUntranslated ? [term] : [];
    if (term.forms.some(written)) return [term];
    const pieces = [...new Set(term.forms.flatMap(piecesOf))].filter(written);
    return pieces.map((piece) => ({ forms: [piece], weight: term.weight * PIECE_FACTOR, strong: false }));
  });
}

// The words a term is made of (智能工厂 -> 智能, 工厂), two characters or more, when it has several.
function piecesOf(term: string): string[] {
  const whole = normalize(term).text;
  return analyze(term)
    .map((t) => t.term)
    .filter((t) => t !== whole && t.length > 1);
}
