// A phrase's clauses: its grams' postings intersected rarest first, then confirmed by a substring check.
import { intersect, union, type TextTable } from '../../indexer/store/index.ts';
import type { IndexStore } from './index-store.ts';
import type { QueryUnit } from './query.ts';

const HAN = /\p{Script=Han}/u;
const EMPTY = new Int32Array(0);

/**
 * Clause numbers (ascending) whose normalised text contains `unit.normalized`: the clauses having all
 * of the unit's grams (a Han gram exactly; a Latin one as a prefix of a clause's token, so that `gm`
 * finds GMP), confirmed by a substring check of the stored normalised text. Cached per index.
 * When the unit is one Han character or pair, having the gram is containing the phrase, and the check
 * is skipped.
 */
export function phraseMatches(store: IndexStore, unit: QueryUnit): Int32Array {
  const cached = store.phraseCache.get(unit.normalized);
  if (cached) return cached;
  const lists = unit.grams.map((g) => gramClauses(store, g)).sort((a, b) => a.length - b.length);
  let candidates = lists[0] ?? EMPTY;
  for (let k = 1; k < lists.length && candidates.length > 0; k++)
    candidates = intersect(candidates, lists[k] as Int32Array);
  const confirmed =
    unit.grams.length === 1 && unit.grams[0] === unit.normalized && HAN.test(unit.normalized)
      ? candidates
      : containing(store.normalized, candidates, unit.normalized);
  store.phraseCache.set(unit.normalized, confirmed);
  return confirmed;
}

function containing(texts: TextTable, candidates: Int32Array, phrase: string): Int32Array {
  const out = new Int32Array(candidates.length);
  let n = 0;
  for (let i = 0; i < candidates.length; i++) {
    const k = candidates[i] as number;
    if (texts.includes(k, phrase)) out[n++] = k;
  }
  return out.slice(0, n);
}

function gramClauses(store: IndexStore, gram: string): Int32Array {
  if (HAN.test(gram)) {
    const id = store.grams.id(gram);
    return id === undefined ? EMPTY : store.grams.clauses(id);
  }
  return union(store.grams.withPrefix(gram).map((id) => store.grams.clauses(id)));
}
