// The search page's state, all of it in the URL: query, mode, filters, language of the query.

/** The state a search page shows. */
export interface SearchState {
  readonly q: string;
  readonly mode: 'search' | 'ask';
  readonly province: readonly string[];
  readonly doc: readonly string[];
  readonly lang: 'auto' | 'zh';
}

/** A word of the query searched alone, without its synonyms (turned off by the user): how to turn it on. */
export interface SearchedAlone {
  /** The form whose synonyms the search had (集采). */
  readonly from: string;
  /** Its synonyms (集中带量采购, 带量采购, 集中采购). */
  readonly to: readonly string[];
  /** The words of the query as they were, and as quoted to search them alone. */
  readonly plain: string;
  readonly quoted: string;
}

/** Hits fetched as one types, and per "more". */
export const FIRST_PAGE = 10;
export const MORE_PAGE = 50;

/** Reads the state from a query string (the address bar's by default). */
export function stateFromUrl(search: string = location.search): SearchState {
  const p = new URLSearchParams(search);
  const split = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  return {
    q: p.get('q') ?? '',
    mode: p.get('mode') === 'ask' ? 'ask' : 'search',
    province: split('province'),
    doc: split('doc'),
    lang: p.get('lang') === 'zh' ? 'zh' : 'auto',
  };
}

/** The query string of a state (without `?`), in a stable order. */
export function queryOf(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.mode === 'ask') p.set('mode', 'ask');
  if (s.province.length) p.set('province', s.province.join(','));
  if (s.doc.length) p.set('doc', s.doc.join(','));
  if (s.lang === 'zh') p.set('lang', 'zh');
  return p.toString();
}

/** The page URL of a state. */
export function urlOf(s: SearchState): string {
  const qs = queryOf(s);
  return qs ? `/?${qs}` : '/';
}

/**
 * True when a query reads as a question (the Ask tab answers those better than search).
 * @example looksLikeQuestion('江西省到2026年力争培育多少个智能化工厂？') -> true
 */
export function looksLikeQuestion(q: string): boolean {
  const s = q.trim();
  return (
    /[？?]$/.test(s) ||
    /^(what|which|how|when|where|who|why|is|are|does|do|did)\b/i.test(s) ||
    /(多少|哪些|哪个|哪里|什么|是否|如何|怎样|怎么|几个|几家|何时)/.test(s)
  );
}

/** `q` with `from` (a word or phrase, any case, any spacing) replaced by `to`, or `to` added when absent. */
export function replaceInQuery(q: string, from: string, to: string): string {
  const words = from.trim().split(/\s+/).map(escape);
  // Latin words end where letters and figures do; a Chinese word may stand anywhere.
  const pattern = new RegExp(`(?<![A-Za-z0-9])${words.join('\\s+')}(?![A-Za-z0-9])`, 'iu');
  const out = pattern.test(q) ? q.replace(pattern, to) : `${q} ${to}`;
  return out.replace(/\s+/g, ' ').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
