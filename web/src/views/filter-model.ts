// A filter the search ran with, as data, and the state without filters (pure).
import type { SearchState } from './search-state.ts';

/** One filter the search ran with, and how to take it out of a state. */
export interface Filter {
  readonly kind: 'province' | 'doc';
  /** The region's Chinese name, or the document id: the facet's key. */
  readonly key: string;
  readonly label: string;
  /** True when the query text set it (province:浙江, or Zhejiang in an English query). */
  readonly fromQuery: boolean;
  /** What changes in `from` (the state searched, by default) to drop this filter. */
  readonly without: (from?: SearchState) => Partial<SearchState>;
}

/** The state with every filter of `filters` taken out (each from what the previous left). */
export function withoutFilters(filters: readonly Filter[], state: SearchState): Partial<SearchState> {
  let s = state;
  for (const f of filters) s = { ...s, ...f.without(s) };
  return { q: s.q, province: s.province, doc: s.doc };
}
