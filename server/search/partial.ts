// Partial matches: when few clauses hold every word of a query, the clauses holding most of them fill
// the page, as Meilisearch's matching strategy drops the least important words.
import { contains } from '../../indexer/store/index.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';
import { unitGroups, type Query } from './query.ts';

/** A clause holding some of the query's required groups, with the words of those it lacks. */
export interface PartialMatch {
  readonly index: number;
  /** How many required groups it holds. */
  readonly held: number;
  readonly missing: readonly string[];
}

/** Fewer complete matches than this (a page) and the page is filled with partial ones. */
export const FILL_BELOW = SEARCH_DEFAULTS.partial.fillBelow;
/** At most this many partial matches are listed. */
export const MAX_PARTIAL = SEARCH_DEFAULTS.partial.max;

/**
 * The clauses holding at least one of the required groups but not all, most groups first (then in
 * clause order; the caller ranks within each tier). A group is held when the clause contains one
 * of its units verbatim, as for complete matches.
 * @param sets for each group of `query` (its must and should phrase clauses, `unitGroups`), the
 *   clauses containing it (sorted)
 * @param required the groups a complete match must hold
 * @param keep whether a clause may be listed (not excluded, in the filters, not a complete match)
 */
export function partialMatches(
  query: Query,
  sets: readonly Int32Array[],
  required: readonly number[],
  keep: (index: number) => boolean,
): PartialMatch[] {
  const held = new Map<number, number[]>();
  for (const k of required) {
    for (const index of sets[k] ?? []) {
      if (!keep(index)) continue;
      const groups = held.get(index);
      if (groups) groups.push(k);
      else held.set(index, [k]);
    }
  }
  const out: PartialMatch[] = [];
  for (const [index, groups] of held) {
    if (groups.length >= required.length) continue;
    out.push({
      index,
      held: groups.length,
      missing: required.filter((k) => !groups.includes(k)).map((k) => wordOf(query, k)),
    });
  }
  return out.sort((a, b) => b.held - a.held || a.index - b.index);
}

/** The words of the required groups whose clauses (`sets`) lack `index`. */
export function missingWords(
  query: Query,
  sets: readonly Int32Array[],
  required: readonly number[],
  index: number,
): string[] {
  return required.filter((k) => !contains(sets[k] ?? EMPTY, index)).map((k) => wordOf(query, k));
}

const EMPTY = new Int32Array(0);

// A group as the query typed it: its first unit that is not a synonym added for another.
function wordOf(query: Query, k: number): string {
  return unitGroups(query)[k]?.find((u) => u.synonymOf === undefined)?.text ?? '';
}
