// A search of the bench as another engine can run it: zhengce's reading of the query, in plain data.
import { normalize } from '../indexer/analysis/analyzer.ts';
import type { MatchMode } from '../server/contract/index.ts';
import type { IndexStore } from '../server/search/index-store.ts';
import { parseQuery } from '../server/search/expand.ts';
import { phraseClauses, unitGroups } from '../server/search/query.ts';
import { searchClauses } from '../server/search/search-service.ts';

/**
 * What a search asks for, after zhengce's parser (translation, normalisation) and its choice of
 * the groups that must match: the same units for every engine compared, and zhengce's own answer.
 */
export interface QueryPlan {
  readonly q: string;
  /** Groups that must all match; a group matches when any of its normalised units is in the text. */
  readonly groups: ReadonlyArray<readonly string[]>;
  readonly excluded: readonly string[];
  /** A quoted phrase: no fallback when nothing matches. */
  readonly quoted: boolean;
  /** The query's analysed terms, for the fallback to any of them when nothing matches. */
  readonly terms: readonly string[];
  /** Region filters: a province, or a city (then the province is the city's). */
  readonly regions: ReadonlyArray<{ readonly province: string; readonly city?: string }>;
  readonly docs: readonly string[];
  /**
   * zhengce's answer: its mode, its complete matches (the clauses holding every required group; the
   * partial ones filling a short page are not counted), and the clause numbers of its top 10.
   */
  readonly zhengce: { readonly mode: MatchMode; readonly complete: number; readonly top: readonly number[] };
}

/** Plans `q` (with a province filter given as a parameter) against `store`. */
export function planQuery(store: IndexStore, q: string, province?: string): QueryPlan {
  const parsed = parseQuery(q, { context: store.queryContext() });
  const result = searchClauses(store, parsed, { province: province ? [province] : [], doc: [], limit: 10, offset: 0 });
  const optional = new Set(result.query.optional);
  const groups = unitGroups(parsed);
  const units = groups.flat();
  const regions = store.regions.resolveAll([...(province ? [province] : []), ...parsed.filters.province]);
  return {
    q,
    groups: groups.filter((g) => !g.every((u) => optional.has(u.text))).map((g) => g.map((u) => u.normalized)),
    excluded: phraseClauses(parsed, 'must-not').flatMap((c) => c.units.map((u) => u.normalized)),
    quoted: units.some((u) => u.quoted),
    terms: [...new Set(units.flatMap((u) => u.terms.map((t) => t.term)))],
    regions: regions.map((r) => (r.kind === 'city' ? { province: r.province, city: r.zh } : { province: r.zh })),
    docs: result.query.filters.doc,
    zhengce: {
      mode: result.query.mode,
      complete: result.query.complete,
      top: result.hits.map((h) => store.indexOf(h.id) as number),
    },
  };
}

/**
 * The plan of an engine given only the query as typed: its normalised words separated by spaces,
 * each required, no translation (English finds only English), no exclusions or filters in the text;
 * the province parameter still filters. zhengce's answer is left as planQuery gives it.
 */
export function planAsTyped(store: IndexStore, q: string, province?: string): QueryPlan {
  const plan = planQuery(store, q, province);
  const words = normalize(q)
    .text.split(' ')
    .map((w) => w.replace(/^"|"$/g, ''))
    .filter((w) => w.length > 0);
  const regions = store.regions.resolveAll(province ? [province] : []);
  return {
    ...plan,
    groups: words.map((w) => [w]),
    excluded: [],
    quoted: false,
    terms: words,
    regions: regions.map((r) => (r.kind === 'city' ? { province: r.province, city: r.zh } : { province: r.zh })),
    docs: [],
  };
}
