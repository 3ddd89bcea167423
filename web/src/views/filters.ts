// The filters in force as pure renders, whatever set them (a facet, the URL, province:, a place in the query).
import type { DocumentMeta, SearchResponse } from '../../../server/contract/index.ts';
import { regionLabel, regionOf, type Region } from '../regions.ts';
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';
import type { Filter } from './filter-model.ts';
import { replaceInQuery, type SearchState } from './search-state.ts';

export { withoutFilters, type Filter } from './filter-model.ts';

// True when a filter value as given (浙江, 浙江省, Zhejiang, zhejiang province) names the region.
function names(value: string, r: Region): boolean {
  const v = value.trim().toLowerCase();
  return (
    v === r.zh ||
    v.replace(/(省|市|自治区)$/u, '') === r.zh ||
    v.replace(/\s+(province|city)$/, '') === r.en.toLowerCase()
  );
}

// The query without what named the region: its province: item, or its English name.
function queryWithout(q: string, r: Region): string {
  let out = q.replace(/(^|\s)province:(\S+)/gi, (all, lead: string, list: string) => {
    const rest = list.split(/[,，、]/).filter((v) => !names(v, r));
    return rest.length > 0 ? `${lead}province:${rest.join(',')}` : lead;
  });
  for (const name of [`${r.en} province`, `${r.en} city`, r.en])
    if (new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`, 'i').test(out)) {
      out = replaceInQuery(out, name, '');
      break;
    }
  return out.replace(/\s+/g, ' ').trim();
}

const EN = { lang: 'en' } as const;
const ZH = { lang: 'zh-CN' } as const;

/** Every filter the search ran with: the query echo's, each traced to the state or the query that set it. */
export function filtersInForce(
  r: Pick<SearchResponse, 'query'>,
  state: SearchState,
  metas: ReadonlyMap<string, DocumentMeta>,
  lang: Lang,
): Filter[] {
  const t = wordsOf(lang);
  const colon = lang === 'en' ? ': ' : '：';
  const kindLabel = (zh: string) => (regionOf(zh, metas).province ? t('region') : t('province'));
  const regions = r.query.filters.province.map((zh): Filter => {
    const region = regionOf(zh, metas);
    const given = state.province.filter((v) => names(v, region));
    return {
      kind: 'province',
      key: zh,
      label: `${kindLabel(zh)}${colon}${regionLabel(zh, metas, lang)}`,
      fromQuery: given.length === 0,
      without: (from = state) =>
        given.length > 0
          ? { province: from.province.filter((v) => !given.includes(v)) }
          : { q: queryWithout(from.q, region) },
    };
  });
  const docs = r.query.filters.doc.map((id): Filter => {
    const m = metas.get(id);
    const given = state.doc.includes(id);
    return {
      kind: 'doc',
      key: id,
      label: `${t('document')}${colon}${(lang === 'en' ? m?.titleEn : m?.title) ?? id}`,
      fromQuery: !given,
      without: (from = state) =>
        given
          ? { doc: from.doc.filter((d) => d !== id) }
          : { q: from.q.replace(new RegExp(`(^|\\s)doc:${id}(?=\\s|$)`, 'g'), ' ').trim() },
    };
  });
  return [...regions, ...docs];
}

/** The chips of the filters in force; each removes its filter. */
export function filterChips(filters: readonly Filter[], lang: Lang, go: (next: Partial<SearchState>) => void): VNode[] {
  const t = wordsOf(lang);
  return filters.map((f) =>
    v(
      'button',
      {
        type: 'button',
        class: 'chip',
        'data-filter': f.kind,
        'data-value': f.key,
        on: { click: () => go(f.without()) },
      },
      f.label,
      f.fromQuery ? v('span', { class: 'chip-note' }, ` ${t('fromQuery')}`) : null,
      v('span', { 'aria-hidden': 'true' }, ' ×'),
      v('span', { class: 'sr-only' }, ` ${t('removeFilter')}`),
    ),
  );
}

function facetGroup(
  title: string,
  items: Array<{ key: string; label: VNode | string; count: number }>,
  kind: 'province' | 'doc',
  filters: readonly Filter[],
  go: (next: Partial<SearchState>) => void,
  state: SearchState,
): VNode | null {
  if (items.length === 0) return null;
  const list = items.map(({ key, label, count }) => {
    const active = filters.find((f) => f.kind === kind && f.key === key);
    const click = () => {
      if (active) go(active.without());
      else if (kind === 'province') go({ province: [...state.province, key] });
      else go({ doc: [...state.doc, key] });
    };
    return v(
      'li',
      {},
      v(
        'button',
        {
          type: 'button',
          class: 'facet',
          'aria-pressed': String(!!active),
          'data-facet': kind,
          'data-value': key,
          on: { click },
        },
        v('span', {}, label),
        v('span', { class: 'count' }, String(count)),
      ),
    );
  });
  return v('div', { class: 'facet-group' }, v('h2', {}, title), v('ul', {}, list));
}

/** The facets by province and document with their counts; those in force are pressed. Empty groups are left out. */
export function facetGroups(
  r: Pick<SearchResponse, 'facets'>,
  filters: readonly Filter[],
  metas: ReadonlyMap<string, DocumentMeta>,
  state: SearchState,
  lang: Lang,
  go: (next: Partial<SearchState>) => void,
): VNode[] {
  const t = wordsOf(lang);
  const en = lang === 'en';
  const sorted = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const provinces = sorted(r.facets.province).map(([key, count]) => ({
    key,
    count,
    label: regionLabel(key, metas, lang),
  }));
  const docs = sorted(r.facets.doc).map(([key, count]) => {
    const m = metas.get(key);
    const label = en && m?.titleEn ? v('span', EN, m.titleEn) : v('span', ZH, m?.title ?? key);
    return { key, count, label };
  });
  return [
    facetGroup(t('province'), provinces, 'province', filters, go, state),
    facetGroup(t('document'), docs, 'doc', filters, go, state),
  ].filter((g): g is VNode => g !== null);
}
