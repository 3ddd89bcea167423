// The search and related views' pure parts on data made for the test, read with cheerio (no browser).
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentMeta, SearchResponse } from '../../server/contract/index.ts';
import type { Filter } from '../../web/src/views/filter-model.ts';
import { facetGroups, filterChips, filtersInForce } from '../../web/src/views/filters.ts';
import {
  relatedCount,
  renderComparedOn,
  renderNoRelated,
  renderRelatedControls,
} from '../../web/src/views/related-render.ts';
import { regionChoices, relatedParams, relatedStateOf, relatedUrl } from '../../web/src/views/related-state.ts';
import { renderSearchFrame, titleOf } from '../../web/src/views/search-frame.ts';
import { didYouMean, noneInFilters, noResults } from '../../web/src/views/search-hints.ts';
import type { SearchState } from '../../web/src/views/search-state.ts';
import { toHtml, type VChild, type VNode } from '../../web/src/vnode.ts';

/** The text of each element `sel` selects. */
const texts = (root: CheerioAPI, sel: string) =>
  root(sel)
    .toArray()
    .map((e) => root(e).text());

const $ = (node: VChild) => load(toHtml(node), null, false);

function clickOn(node: VChild, pred: (n: VNode) => boolean): void {
  if (typeof node === 'string') return;
  if (pred(node) && node.on?.click) return node.on.click(new Event('click'));
  for (const c of node.children) clickOn(c, pred);
}

const meta = (id: string, province: string, provinceEn: string, city?: [string, string]): DocumentMeta => ({
  id,
  title: `${province}文件`,
  region: { zh: city?.[0] ?? province, en: city?.[1] ?? provinceEn },
  province,
  provinceEn,
  ...(city ? { city: city[0], cityEn: city[1] } : {}),
  level: city ? 'city' : 'province',
  metaSource: 'sidecar',
});
const metas = new Map([
  ['a', meta('a', '甲', 'Jia')],
  ['b', meta('b', '乙', 'Yi')],
  ['c', meta('c', '丙', 'Bing', ['丁', 'Ding'])],
]);
const state: SearchState = { q: '合成生物学', mode: 'search', province: ['甲'], doc: [], lang: 'auto' };
const filter: Filter = { kind: 'province', key: '甲', label: '', fromQuery: false, without: () => ({ province: [] }) };
const response = (complete: number, elsewhere: Record<string, number>) =>
  ({
    query: { complete, excluded: [], phrases: ['合成生物学'] },
    facets: { province: elsewhere, doc: {}, complete: { province: elsewhere, doc: {} } },
  }) as unknown as Pick<SearchResponse, 'query' | 'facets'>;

describe('the search page’s hints', () => {
  it('say first that the filter has no complete match, and where it is found whole, most first (Chinese)', () => {
    const go = vi.fn();
    const node = noneInFilters(response(0, { 乙: 1, 丁: 3 }), state, [filter], metas, 'zh', { go }) as VNode;
    expect($(node).text()).toBe('甲没有完全匹配的条款；完全匹配见于 丁（丙） 3 条、乙 1 条。');
    clickOn(node, (n) => n.attrs['data-where'] === '丁');
    expect(go).toHaveBeenCalledWith({ q: '合成生物学', province: ['丁'], doc: [] });
  });

  it('say it in English, and say nothing when the filter has a complete match', () => {
    const en = noneInFilters(response(0, {}), state, [filter], metas, 'en', { go: vi.fn() }) as VNode;
    expect($(en).text()).toBe('No clause in Jia has the whole query, nor anywhere else.');
    expect(noneInFilters(response(2, { 乙: 1 }), state, [filter], metas, 'en', { go: vi.fn() })).toBeNull();
  });

  it('offer ways to widen a search with no results, in the page’s language', () => {
    const zh = $(noResults(response(0, { 乙: 2 }), state, [filter], metas, 'zh', { go: vi.fn() }));
    expect(texts(zh, '.moves li')).toEqual(['去掉筛选，在全部文件中检索', '改在乙检索（2 条）']);
    const en = $(noResults(response(0, {}), { ...state, province: [] }, [], metas, 'en', { go: vi.fn() }));
    expect(en.text()).toBe('No clause has “合成生物学”.Try fewer words, or other words.');
  });

  it('offer each suggestion as a button', () => {
    const go = vi.fn();
    const node = didYouMean(['一致性评价'], 'en', { go }) as VNode;
    expect($(node)('button[data-suggestion]').text()).toBe('一致性评价');
    clickOn(node, (n) => n.tag === 'button');
    expect(go).toHaveBeenCalledWith({ q: '一致性评价' });
  });
});

describe('the search page’s frame', () => {
  const on = { input: vi.fn(), blur: vi.fn(), submit: vi.fn(), mode: vi.fn(), help: vi.fn(), keydown: vi.fn() };

  it('holds the box with the query, the tab of its mode selected, and the regions results go in', () => {
    const node = renderSearchFrame({ lang: 'en', state: { ...state, mode: 'ask' }, narrow: true }, on);
    const doc = $(node);
    expect(doc('#q').attr('value')).toBe('合成生物学');
    expect(doc('#mode-ask').attr('aria-selected')).toBe('true');
    expect(doc('#mode-search').attr('aria-selected')).toBe('false');
    expect(doc('details.facet-box').attr('open')).toBeUndefined();
    expect(doc('summary').text()).toBe('The question, and examples');
    for (const part of ['p.status', '.understood', '.chips', 'section.results', '.facet-body', '.cut-note[hidden]'])
      expect(doc(part).length, part).toBe(1);
    clickOn(node, (n) => n.attrs.id === 'mode-search');
    expect(on.mode).toHaveBeenCalledWith('search');
  });

  it('titles the page by its query in the page’s language', () => {
    expect(titleOf(state, 'zh')).toBe('合成生物学 — 检索 — 政策检索');
    expect(titleOf({ ...state, q: '', mode: 'ask' }, 'en')).toBe('Policy search — 政策 zhengce');
  });
});

describe('the related view’s parts', () => {
  it('read and write their state in the address, defaults left out', () => {
    expect(relatedStateOf('?perDoc=9&province=乙')).toEqual({ perDoc: 2, province: '乙' });
    expect(relatedUrl('/related/a/1', { perDoc: 2, province: '' })).toBe('/related/a/1');
    expect(relatedUrl('/related/a/1', { perDoc: 3, province: '乙' })).toBe(
      `/related/a/1?perDoc=3&province=${encodeURIComponent('乙')}`,
    );
    expect(relatedParams({ perDoc: 1, province: '' }, 6).toString()).toBe('limit=6&perDoc=1');
    expect(regionChoices(metas, 'a', '')).toEqual(['乙', '丁']);
  });

  it('mark the words shared with a related clause, by more than colour', () => {
    const r = {
      terms: [
        { term: '创新', weight: 2 },
        { term: '药', weight: 1 },
      ],
      related: [{ shared: ['创新'] }],
    };
    const doc = $(renderComparedOn(r as never, undefined, 'zh'));
    expect(doc('li.in-common').attr('data-term')).toBe('创新');
    expect(doc('li.in-common .sr-only').text()).toBe('（见于相近条款）');
    expect(doc('.legend').length).toBe(1);
  });

  it('offer every region when none of the one chosen is alike, and count in either language', () => {
    const every = vi.fn();
    const node = renderNoRelated({ perDoc: 2, province: '乙' }, 'en', every);
    expect($(node).text()).toBe('No clause of the region chosen is like this one. Look in every region');
    clickOn(node, (n) => n.tag === 'button');
    expect(every).toHaveBeenCalledOnce();
    expect(relatedCount(1, 12, 'en')).toBe('1 related clause · 12 ms');
    expect(relatedCount(3, 12, 'zh')).toBe('3 条相近条款 · 12 ms');
    const controls = $(renderRelatedControls({ perDoc: 3, province: '乙' }, [['乙', 'Yi']], 'en', { change: vi.fn() }));
    expect(controls('select[name=perDoc] option[selected]').attr('value')).toBe('3');
    expect(controls('select[name=province] option[selected]').text()).toBe('Yi');
  });
});

describe('the filters in force', () => {
  const echo = (province: string[], doc: string[] = []) =>
    ({ query: { filters: { province, doc } } }) as unknown as Pick<SearchResponse, 'query'>;

  it('are traced to the state or the query that set them, labelled in the page’s language', () => {
    const fromState = filtersInForce(echo(['甲']), state, metas, 'zh');
    expect(fromState.map((x) => [x.label, x.fromQuery])).toEqual([['省份：甲', false]]);
    expect(fromState[0]?.without()).toEqual({ province: [] });
    const typed = { ...state, q: 'province:丁 合成生物学', province: [] };
    const fromQuery = filtersInForce(echo(['丁']), typed, metas, 'en');
    expect(fromQuery.map((x) => [x.label, x.fromQuery])).toEqual([['Region: Ding (Bing)', true]]);
    expect(fromQuery[0]?.without()).toEqual({ q: '合成生物学' });
  });

  it('show as chips that remove them, and as pressed facets beside the others with their counts', () => {
    const go = vi.fn();
    const filters = filtersInForce(echo(['甲']), state, metas, 'en');
    const chips = filterChips(filters, 'en', go);
    expect(load(chips.map(toHtml).join(''), null, false)('.chip-note').length).toBe(0);
    clickOn(chips[0] as VNode, (n) => n.attrs.class === 'chip');
    expect(go).toHaveBeenCalledWith({ province: [] });
    const facets = facetGroups(
      { facets: { province: { 甲: 2, 乙: 5 }, doc: { a: 2 } } } as unknown as Pick<SearchResponse, 'facets'>,
      filters,
      metas,
      state,
      'zh',
      go,
    );
    const doc = load(facets.map(toHtml).join(''), null, false);
    expect(texts(doc, 'h2')).toEqual(['省份', '文件']);
    expect(texts(doc, 'button[data-facet=province]')).toEqual(['乙5', '甲2']);
    expect(doc('button[aria-pressed=true]').attr('data-value')).toBe('甲');
    for (const g of facets) clickOn(g, (n) => n.attrs['data-value'] === '乙');
    expect(go).toHaveBeenLastCalledWith({ province: ['甲', '乙'] });
  });
});
