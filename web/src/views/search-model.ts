// The search page's pure parts: what to ask the API for, and what the results say, from state and response alone.
import type { SearchResponse } from '../../../server/contract/index.ts';
import { LIMITS } from '../../../server/contract/index.ts';
import type { SearchState } from './search-state.ts';

type Lang = 'zh' | 'en';

/** The API parameters of a page of hits of `state`. */
export function searchParams(state: SearchState, limit: number, offset: number): URLSearchParams {
  const p = new URLSearchParams({ q: state.q, limit: String(limit) });
  if (offset) p.set('offset', String(offset));
  if (state.province.length) p.set('province', state.province.join(','));
  if (state.doc.length) p.set('doc', state.doc.join(','));
  if (state.lang === 'zh') p.set('lang', 'zh');
  return p;
}

/**
 * A query cut to the API's limit (LIMITS.queryChars characters, counted as code points), with the
 * length it had; undefined when it fits.
 */
export function cutQuery(q: string): { q: string; length: number } | undefined {
  const chars = [...q];
  if (chars.length <= LIMITS.queryChars) return undefined;
  return { q: chars.slice(0, LIMITS.queryChars).join(''), length: chars.length };
}

/** What the page says of a query it cut. */
export function cutNoteText(length: number, lang: Lang): string {
  return lang === 'en'
    ? `The text has ${length} characters; only the first ${LIMITS.queryChars} are searched.`
    : `输入的文字有 ${length} 个字符，只检索前 ${LIMITS.queryChars} 个。`;
}

/**
 * The count of a search, complete matches and partial ones told apart when there are partial ones.
 * @example countLine(3, 15, 'zh') -> '3 条完全匹配，另 12 条部分匹配'; countLine(9, 9, 'zh') -> '9 条'
 */
export function countLine(complete: number, total: number, lang: Lang): string {
  const partial = total - complete;
  const en = lang === 'en';
  if (partial <= 0) return en ? `${total} clause${total === 1 ? '' : 's'}` : `${total} 条`;
  if (complete === 0) return en ? `No complete match, ${partial} partial` : `没有完全匹配的条款，${partial} 条部分匹配`;
  return en
    ? `${complete} complete match${complete === 1 ? '' : 'es'}, ${partial} partial`
    : `${complete} 条完全匹配，另 ${partial} 条部分匹配`;
}

/** The status line under the box: the count, the hits shown, the time. */
export function statusLine(r: Pick<SearchResponse, 'query' | 'total' | 'tookMs'>, shown: number, lang: Lang): string {
  return `${countLine(r.query.complete, r.total, lang)} · ${lang === 'en' ? 'showing' : '显示'} 1–${shown} · ${r.tookMs} ms`;
}

/**
 * Where a query with no complete match within its filters is found whole: the regions (a region
 * filter) or documents (a document filter) with complete matches, most first. Empty when it has a
 * complete match within the filters, or none anywhere.
 */
export function foundWholeElsewhere(
  r: Pick<SearchResponse, 'query' | 'facets'>,
  byProvince: boolean,
): Array<readonly [string, number]> {
  if (r.query.complete > 0) return [];
  const counts = (byProvince ? r.facets.complete?.province : r.facets.complete?.doc) ?? {};
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}
