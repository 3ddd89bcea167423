// Ranked clause search: a Query run by the executor, its page of hits, and the query as it was read.
import type { SearchResponse } from '../contract/index.ts';
import { pageCollector } from './collect.ts';
import { execute } from './execute.ts';
import { buildHits } from './hits.ts';
import type { IndexStore } from './index-store.ts';
import { phraseClauses, unitGroups, type Query } from './query.ts';
import type { Ranked } from './rank.ts';

export type { MatchMode } from '../contract/index.ts';
export { clauseHit } from './hits.ts';

/** Narrowing and paging of a search. */
export interface SearchOptions {
  readonly province: readonly string[];
  readonly doc: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** One clause in the results. */
export type SearchHit = SearchResponse['hits'][number];

/** The answer to a search: the response of `GET /api/search` without its timing. */
export type SearchResult = Omit<SearchResponse, 'tookMs'>;

/**
 * Searches clauses: the query (its filters and `options`') run by `execute`, a page of hits from its
 * complete matches and then its partial ones, and the query as it was read (`query` of the response).
 * @throws DomainError UNKNOWN_PROVINCE or UNKNOWN_DOCUMENT for a filter naming nothing in the index.
 */
export function searchClauses(store: IndexStore, query: Query, options: SearchOptions): SearchResult {
  const filtered: Query = {
    ...query,
    filters: {
      ...query.filters,
      province: [...options.province, ...query.filters.province],
      doc: [...options.doc, ...query.filters.doc],
    },
  };
  const run = execute(store, filtered, pageCollector(options.offset + options.limit));
  const units = unitGroups(query).flat();
  const typed = units.filter((u) => u.synonymOf === undefined);
  const complete = run.collected.total;
  // None within a region filter: where the query is found whole, from the same query without it.
  const wholeFacets =
    complete === 0 && filtered.filters.province.length > 0
      ? execute(store, { ...filtered, filters: { ...filtered.filters, province: [] } }, pageCollector(1)).collected
          .facets
      : run.collected.facets;
  const page = [...run.matched, ...run.partial].slice(options.offset, options.offset + options.limit);
  return {
    query: {
      q: query.q,
      terms: [...new Set(typed.flatMap((u) => u.terms.filter((t) => !t.sub).map((t) => t.term)))],
      phrases: typed.map((u) => u.text),
      excluded: phraseClauses(query, 'must-not').flatMap((c) => c.units.map((u) => u.text)),
      filters: { province: run.regions.map((r) => r.zh), doc: [...run.docs] },
      mode: run.mode,
      complete,
      optional: [...run.optional],
      lang: query.lang,
      translations: query.translations,
      expansions: query.expansions,
    },
    total: complete + run.partial.length,
    facets: { ...withPartial(store, run.collected.facets, run.partial), complete: wholeFacets },
    hits: buildHits(store, units, page),
  };
}

// The facets of the complete matches, with the partial ones listed counted in (they are all within
// the filters, so each counts in both).
function withPartial(
  store: IndexStore,
  facets: SearchResult['facets'],
  partial: readonly Ranked[],
): SearchResult['facets'] {
  if (partial.length === 0) return facets;
  // Maps, not objects: a document id or province may be any string, `constructor` included.
  const province = new Map(Object.entries(facets.province));
  const doc = new Map(Object.entries(facets.doc));
  for (const m of partial) {
    // From the columns: a partial match's clause is not read.
    const province_ = store.placeOf(m.index).province;
    const docId = store.docIds[store.clauseDoc[m.index] as number] as string;
    province.set(province_, (province.get(province_) ?? 0) + 1);
    doc.set(docId, (doc.get(docId) ?? 0) + 1);
  }
  return { province: Object.fromEntries(province), doc: Object.fromEntries(doc) };
}
