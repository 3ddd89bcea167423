// Spelling suggestions ("did you mean") from the index's own vocabulary and the glossary.
import { englishTokens, glossary, normalize } from '../../indexer/analysis/index.ts';
import { buildSuggestionIndex, SuggestionIndex } from '../../indexer/store/index.ts';
import type { SearchResult } from './search-service.ts';

/** What suggestions are drawn from: the corpus's words and how many clauses use each. */
export interface SuggestionSource {
  /** The corpus's words (those of the index's suggestion index) at most `maxEdits` edits from `word`. */
  readonly nearWords: (word: string, maxEdits: number) => string[];
  /** In how many clauses a term occurs (0: none). */
  readonly documentFrequency: (term: string) => number;
}

/** Limits and thresholds of the suggester, in one place. */
export const SUGGEST_DEFAULTS = {
  /** Most suggestions returned. */
  max: 3,
  /** Candidates tried per misspelt unit (each is checked by a search). */
  candidatesPerUnit: 5,
  /** Shortest Chinese unit corrected: two characters have too many neighbours at one edit. */
  minHanLength: 3,
  /** Shortest English word corrected. */
  minLatinLength: 4,
} as const;

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * True when `a` becomes `b` by one edit: a character substituted, inserted or deleted, or two
 * neighbours swapped. Compares code points, so each Han character counts once.
 * @example oneEditApart('一致姓评价', '一致性评价') -> true
 */
export function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (dx: number, dy: number) => x.slice(i + dx).join('') === y.slice(i + dy).join('');
  if (x.length === y.length) return rest(1, 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(2, 2));
  return x.length > y.length ? rest(1, 0) : rest(0, 1);
}

// The glossary's Chinese terms, and the English words of its forms with the number of entries using
// each (its weight); indexed for lookup by edit distance on first use.
interface GlossaryWords {
  readonly english: ReadonlyMap<string, number>;
  readonly index: SuggestionIndex;
}
let glossaryIndex: GlossaryWords | undefined;
function glossaryWords(): GlossaryWords {
  if (glossaryIndex) return glossaryIndex;
  const english = new Map<string, number>();
  const han: string[] = [];
  for (const entry of glossary().entries) {
    if (HAN_ONLY.test(entry.zh)) han.push(entry.zh);
    for (const word of new Set(entry.en.flatMap((form) => englishTokens(form).map((t) => t.word))))
      english.set(word, (english.get(word) ?? 0) + 1);
  }
  glossaryIndex = { english, index: SuggestionIndex.load(buildSuggestionIndex([...han, ...english.keys()])) };
  return glossaryIndex;
}

/** `word` with each pair of neighbours swapped (the edit a Levenshtein distance of 1 misses). */
function swaps(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const c = [...chars];
    [c[i], c[i + 1]] = [c[i + 1] as string, c[i] as string];
    out.push(c.join(''));
  }
  return out;
}

/**
 * Corrections of one Chinese unit: corpus or glossary words one edit away, most used first. The
 * suggestion indexes give the words one Levenshtein edit away (two would bring back most short words
 * of a large vocabulary); swapped neighbours are looked up directly.
 */
function hanCorrections(unit: string, source: SuggestionSource): string[] {
  if ([...unit].length < SUGGEST_DEFAULTS.minHanLength || source.documentFrequency(unit) > 0) return [];
  const near = new Set([...source.nearWords(unit, 1), ...glossaryWords().index.near(unit, 1), ...swaps(unit)]);
  return [...near]
    .filter((w) => HAN_ONLY.test(w) && source.documentFrequency(w) > 0 && oneEditApart(unit, w))
    .sort((a, b) => source.documentFrequency(b) - source.documentFrequency(a))
    .slice(0, SUGGEST_DEFAULTS.candidatesPerUnit);
}

/** Corrections of one English word nothing translated: glossary words one edit away. */
function latinCorrections(word: string): string[] {
  if (word.length < SUGGEST_DEFAULTS.minLatinLength || !/^[a-z]+$/.test(word)) return [];
  const { english, index } = glossaryWords();
  // Two Levenshtein edits reach a swap of neighbours; oneEditApart keeps the words one edit away.
  return index
    .near(word, 2)
    .filter((w) => english.has(w) && oneEditApart(word, w))
    .sort((a, b) => (english.get(b) ?? 0) - (english.get(a) ?? 0))
    .slice(0, SUGGEST_DEFAULTS.candidatesPerUnit);
}

/** `q` with the first occurrence of `from` (any case) replaced by `to`, or undefined if absent. */
function replaceIn(q: string, from: string, to: string): string | undefined {
  const at = q.toLowerCase().indexOf(from.toLowerCase());
  if (at < 0) return undefined;
  return `${q.slice(0, at)}${to}${q.slice(at + from.length)}`;
}

/**
 * Queries the user may have meant, for a search that found nothing or only partial matches: each
 * Chinese unit not in the vocabulary is tried with the corpus' (and glossary's) words one edit away,
 * most frequent first; each English word nothing translated, with the glossary's English words one
 * edit away. A candidate is kept only when `hasHits` says the corrected query finds clauses.
 * @param result the search as answered (its query echo says what was searched and translated)
 * @param hasHits whether a query finds clauses verbatim (the route runs the search)
 * @example for a search of 一致姓评价 (partial matches): suggestQueries(store, result, hasHits) -> ['一致性评价']
 */
export function suggestQueries(
  source: SuggestionSource,
  result: SearchResult,
  hasHits: (q: string) => boolean,
): string[] {
  const { query } = result;
  const struggling = query.complete === 0 || query.mode === 'partial' || query.mode === 'any-terms';
  const untranslated = query.translations.filter((t) => t.source === 'none');
  if (!struggling && untranslated.length === 0) return [];
  const candidates: string[] = [];
  for (const phrase of query.phrases) {
    const unit = normalize(phrase).text.trim();
    if (!HAN_ONLY.test(unit)) continue;
    for (const w of hanCorrections(unit, source)) {
      const q = replaceIn(query.q, phrase, w);
      if (q) candidates.push(q);
    }
  }
  for (const t of untranslated)
    for (const w of latinCorrections(t.from.toLowerCase())) {
      const q = replaceIn(query.q, t.from, w);
      if (q) candidates.push(q);
    }
  const out: string[] = [];
  for (const q of candidates) {
    if (out.length >= SUGGEST_DEFAULTS.max) break;
    if (!out.includes(q) && q !== query.q && hasHits(q)) out.push(q);
  }
  return out;
}
