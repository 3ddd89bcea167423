// What to try when a search finds little, as pure renders: did you mean, ask instead, none in the filters, no results.
import type { DocumentMeta, SearchResponse } from '../../../server/contract/index.ts';
import { regionLabel } from '../regions.ts';
import { v, type VChild, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';
import { withoutFilters, type Filter } from './filter-model.ts';
import { foundWholeElsewhere } from './search-model.ts';
import type { SearchState } from './search-state.ts';

const ZH = { lang: 'zh-CN' } as const;

/** The moves the hints offer, carried out by the search page. */
export interface HintActions {
  readonly go: (next: Partial<SearchState>) => void;
}

function action(label: string, onClick: () => void, attrs: Record<string, string> = {}): VNode {
  return v('button', { type: 'button', class: 'link hint-action', ...attrs, on: { click: () => onClick() } }, label);
}

/** "Did you mean": each suggested query, one click away. */
export function didYouMean(suggestions: readonly string[] | undefined, lang: Lang, actions: HintActions): VNode | null {
  if (!suggestions || suggestions.length === 0) return null;
  return v(
    'p',
    { class: 'did-you-mean' },
    `${wordsOf(lang)('didYouMean')} `,
    suggestions.flatMap((s, k) => [
      k > 0 ? '、' : '',
      action(s, () => actions.go({ q: s }), { ...ZH, 'data-suggestion': s }),
    ]),
    '？',
  );
}

/** A question typed in Search mode: say that Ask answers it. */
export function askHint(lang: Lang, actions: HintActions): VNode {
  const t = wordsOf(lang);
  return v(
    'p',
    { class: 'ask-hint' },
    `${t('looksLikeQuestion')} `,
    action(t('askInstead'), () => actions.go({ mode: 'ask' }), { id: 'ask-instead' }),
  );
}

/**
 * No complete match within the filters: said first, with where the query is found whole instead
 * (each a way to search there), before any partial match. Null when there is a complete match or
 * no filter.
 */
export function noneInFilters(
  r: Pick<SearchResponse, 'query' | 'facets'>,
  state: SearchState,
  filters: readonly Filter[],
  metas: ReadonlyMap<string, DocumentMeta>,
  lang: Lang,
  actions: HintActions,
): VNode | null {
  if (r.query.complete > 0 || filters.length === 0) return null;
  const say = (zh: string, english: string) => (lang === 'en' ? english : zh);
  const name = (kind: Filter['kind'], key: string) =>
    kind === 'province' ? regionLabel(key, metas, lang) : (metas.get(key)?.title ?? key);
  const here = filters.map((x) => name(x.kind, x.key)).join(say('、', ', '));
  const everywhere = withoutFilters(filters, state);
  const byProvince = filters.some((x) => x.kind === 'province');
  const counts = foundWholeElsewhere(r, byProvince);
  const elsewhere = counts.flatMap(([key, n], k): VChild[] => {
    const label = name(byProvince ? 'province' : 'doc', key);
    const next = byProvince ? { ...everywhere, province: [key] } : { ...everywhere, doc: [key] };
    const go = action(say(`${label} ${n} 条`, `${label} ${n}`), () => actions.go(next), { 'data-where': key });
    return k > 0 ? [say('、', ', '), go] : [go];
  });
  const none = say(`${here}没有完全匹配的条款`, `No clause in ${here} has the whole query`);
  if (counts.length === 0)
    return v('p', { class: 'none-here', role: 'note' }, none, say('，其他地区也没有。', ', nor anywhere else.'));
  return v(
    'p',
    { class: 'none-here', role: 'note' },
    none,
    say('；完全匹配见于 ', '; found whole in '),
    elsewhere,
    say('。', '.'),
  );
}

/** No results: say what was searched, and offer each way to widen the search that applies. */
export function noResults(
  r: Pick<SearchResponse, 'query' | 'facets'>,
  state: SearchState,
  filters: readonly Filter[],
  metas: ReadonlyMap<string, DocumentMeta>,
  lang: Lang,
  actions: HintActions,
): VNode {
  const t = wordsOf(lang);
  const moves: VNode[] = [];
  if (filters.length > 0) {
    const everywhere = withoutFilters(filters, state);
    moves.push(action(t('searchEverywhere'), () => actions.go(everywhere)));
    // Where else it is found: the province facet counts matches outside the region filter.
    const regions = filters.some((x) => x.kind === 'province') ? Object.entries(r.facets.province) : [];
    for (const [zh, n] of regions.sort((a, b) => b[1] - a[1])) {
      const name = regionLabel(zh, metas, lang);
      const label = lang === 'en' ? `Search in ${name} (${n})` : `改在${name}检索（${n} 条）`;
      moves.push(action(label, () => actions.go({ ...everywhere, province: [zh] })));
    }
  }
  if (r.query.excluded.length > 0)
    moves.push(
      action(t('keepExcluded'), () =>
        actions.go({
          q: state.q
            .replace(/(^|\s)-\S+/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        }),
      ),
    );
  if (r.query.phrases.length > 1)
    for (const p of r.query.phrases)
      moves.push(action(`${t('searchOnly')} ${p}`, () => actions.go({ q: p, lang: 'zh' }), ZH));
  if (state.lang === 'zh' && /[A-Za-z]/.test(state.q))
    moves.push(action(t('translateEnglish'), () => actions.go({ lang: 'auto' })));
  return v(
    'div',
    { class: 'empty' },
    v('p', {}, `${t('noResultsFor')}“`, v('span', ZH, state.q), `”${lang === 'en' ? '.' : '。'}`),
    moves.length > 0
      ? v(
          'ul',
          { class: 'moves' },
          moves.map((m) => v('li', {}, m)),
        )
      : v('p', {}, t('fewerWords')),
  );
}
