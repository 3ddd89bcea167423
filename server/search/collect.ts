// A ranking's matches -> the total, the facets and the best k: filters applied, counts kept, nothing sorted whole.
import type { SearchResponse } from '../contract/index.ts';
import type { IndexStore } from './index-store.ts';
import type { Ranking } from './rank.ts';
import { inRegions, type RegionFilter } from './regions.ts';
import { TopK } from './top-k.ts';

/** What a search shows of its matches. */
export interface Collected {
  /** Matches within the filters. */
  readonly total: number;
  /** Matches by province within the document filter, and by document within the region filter. */
  readonly facets: SearchResponse['facets'];
  /** Positions in the ranking of the best `k` matches within the filters, best first. */
  readonly top: readonly number[];
}

/** The filters a collector applies: regions and documents (none given: all), and any other test. */
export interface CollectFilters {
  readonly regions: readonly RegionFilter[];
  readonly docs: readonly string[];
  /** Whether a clause may be listed at all (documents left out, a question's own narrowing). */
  readonly also?: (clause: number) => boolean;
}

/** What the executor hands a ranking to: it keeps the matches within the filters that it wants. */
export type Collector = (store: IndexStore, ranking: Ranking, filters: CollectFilters) => Collected;

/** A page of search: the best `k`, the total, and the facets. */
export function pageCollector(k: number): Collector {
  return (store, ranking, filters) => collect(store, ranking, filters, k);
}

/** The best `k` and the total, without facets (a question's candidates, related clauses). */
export function topCollector(k: number): Collector {
  return (store, ranking, filters) => {
    const top = new TopK(k, (i, j) => ranking.before(i, j));
    let total = 0;
    for (let i = 0; i < ranking.clauses.length; i++) {
      const c = ranking.clauses[i] as number;
      if (c < 0 || c >= store.clauses.length || (filters.also && !filters.also(c))) continue;
      const docId = store.docIds[store.clauseDoc[c] as number] as string;
      if (!inRegions(store.placeOf(c), filters.regions) || (filters.docs.length > 0 && !filters.docs.includes(docId)))
        continue;
      total++;
      top.push(i);
    }
    return { total, facets: { province: {}, doc: {} }, top: top.sorted() };
  };
}

/**
 * Counts and picks from `ranking` the matches in `regions` and `docs` (none given: all) that `also`
 * accepts. Facet keys come in the order of each key's best match, as they would listing the matches
 * in rank order.
 */
export function collect(store: IndexStore, ranking: Ranking, filters: CollectFilters, k: number): Collected {
  const placeIn = Uint8Array.from(store.places, (p) => (inRegions(p, filters.regions) ? 1 : 0));
  const docIn = Uint8Array.from(store.docIds, (id) => (filters.docs.length === 0 || filters.docs.includes(id) ? 1 : 0));
  const byProvince = new FacetCounter(store.provinces.length, ranking);
  const byDoc = new FacetCounter(store.docIds.length, ranking);
  const top = new TopK(k, (i, j) => ranking.before(i, j));
  let total = 0;
  for (let i = 0; i < ranking.clauses.length; i++) {
    const c = ranking.clauses[i] as number;
    if (filters.also && !filters.also(c)) continue;
    const place = store.clausePlace[c] as number;
    const doc = store.clauseDoc[c] as number;
    const region = placeIn[place] === 1;
    const inDoc = docIn[doc] === 1;
    if (inDoc) byProvince.add(store.placeProvince[place] as number, i);
    if (region) byDoc.add(doc, i);
    if (region && inDoc) {
      total++;
      top.push(i);
    }
  }
  return {
    total,
    facets: { province: byProvince.record(store.provinces), doc: byDoc.record(store.docIds) },
    top: top.sorted(),
  };
}

// Counts by key number, and each key's best position, to list the keys in rank order.
class FacetCounter {
  private readonly counts: Int32Array;
  private readonly best: Int32Array;

  constructor(
    keys: number,
    private readonly ranking: Ranking,
  ) {
    this.counts = new Int32Array(keys);
    this.best = new Int32Array(keys).fill(-1);
  }

  add(key: number, position: number): void {
    this.counts[key] = (this.counts[key] as number) + 1;
    const best = this.best[key] as number;
    if (best < 0 || this.ranking.before(position, best)) this.best[key] = position;
  }

  record(names: readonly string[]): SearchResponse['facets']['doc'] {
    const keys: number[] = [];
    for (let key = 0; key < this.counts.length; key++) if ((this.counts[key] as number) > 0) keys.push(key);
    keys.sort((a, b) => (this.ranking.before(this.best[a] as number, this.best[b] as number) ? -1 : 1));
    // Object.fromEntries: a key such as `constructor` becomes an own property, never a prototype's.
    return Object.fromEntries(keys.map((key) => [names[key] as string, this.counts[key] as number]));
  }
}
