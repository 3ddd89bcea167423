// One hit as a pure render, on hits made for the test, read with cheerio (no browser): a clause and a table row.
import { load } from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import type { Hit } from '../../server/contract/index.ts';
import { breadcrumb, hitText, renderHit, type HitModel } from '../../web/src/views/hit-render.ts';
import { toHtml, v, type VChild, type VNode } from '../../web/src/vnode.ts';

const $ = (node: VChild) => load(toHtml(node), null, false);

const hit = (over: Partial<Hit>): Hit => ({
  id: 'plan/3.2.7',
  score: 1,
  label: '三、（二）7.',
  section: ['三、重点任务', '（二）强化创新'],
  text: '加快创新药研发。',
  snippet: '加快<mark>创新药</mark>研发。',
  highlight: '加快<mark>创新药</mark>研发。',
  province: '丙',
  city: '丁',
  doc: { id: 'plan', title: '丙省规划', titleEn: 'Bing plan', province: '丙', provinceEn: 'Bing' },
  ...over,
});
const model = (over: Partial<HitModel>): HitModel => ({
  hit: hit({}),
  meta: undefined,
  index: 0,
  from: 'q=%E5%88%9B%E6%96%B0%E8%8D%AF',
  lang: 'zh',
  expanded: false,
  ...over,
});

describe('a hit', () => {
  it('shows document, place, section path and marked text, with expand, open and cite (Chinese)', () => {
    const doc = $(renderHit(model({})));
    expect(doc('li.hit').attr('data-id')).toBe('plan/3.2.7');
    expect(doc('.doc-title').text()).toBe('丙省规划');
    expect(doc('.place').text()).toBe('丙 · 丁');
    expect(doc('.crumb').text()).toBe('三、重点任务 › （二）强化创新 › 7.');
    expect(doc('.snippet mark').text()).toBe('创新药');
    expect(doc('a.open').attr('href')).toBe('/doc/plan?q=%E5%88%9B%E6%96%B0%E8%8D%AF#plan%2F3.2.7');
    expect(doc('button.expand').attr('aria-expanded')).toBe('false');
    expect(doc('button.cite .label').text()).toBe('复制引用');
    expect(doc('button.cite .sr-only').text()).toBe('：丙 · 丁 三、（二）7.');
  });

  it('in English: the English title, the place in English, the English citation, the partial match’s missing words', () => {
    const doc = $(renderHit(model({ lang: 'en', expanded: true, hit: hit({ missing: ['合成生物学'] }) })));
    expect(doc('.doc-title-en').text()).toBe('Bing plan');
    expect(doc('.place').text()).toBe('Bing · 丁');
    expect(doc('.partial-note').text()).toBe('Partial match: lacks 合成生物学');
    expect(doc('button.expand .label').text()).toBe('Show less');
    expect(doc('button.cite .label').text()).toBe('Copy citation (English)');
  });

  it('shows a table row under its column names, the server’s marks kept, with nothing to expand', () => {
    const row = hit({
      text: '4\t自主创新\t创新药生产批件(品规)\t个\t6\t10',
      highlight: '4\t自主创新\t<mark>创新药</mark>生产批件(品规)\t个\t6\t10',
      snippet: '4\t自主创新\t<mark>创新药</mark>生产批件(品规)\t个\t6\t10',
      display: '创新药生产批件(品规)：2020年 6个，2025年 10个',
    });
    const doc = $(renderHit(model({ hit: row })));
    expect(doc('.snippet').text()).toBe('创新药生产批件(品规)：2020年 6个，2025年 10个');
    expect(doc('.snippet mark').text()).toBe('创新药');
    expect(doc('button.expand').length).toBe(0);
  });

  it('passes its buttons’ clicks to the handlers given', () => {
    const cite = vi.fn();
    const node = renderHit(model({}), { cite });
    const find = (n: VChild): VNode | undefined => {
      if (typeof n === 'string') return undefined;
      return n.attrs.class === 'link cite' ? n : n.children.map(find).find(Boolean);
    };
    find(node)?.on?.click?.(new Event('click'));
    expect(cite).toHaveBeenCalledOnce();
  });
});

describe('a hit’s text', () => {
  it('is the snippet, or the whole clause, marked where the server marked it', () => {
    const h = hit({ snippet: '…<mark>药</mark>…', highlight: '全文<mark>药</mark>全文' });
    expect(toHtml(v('p', {}, hitText(h, false)))).toBe('<p>…<mark>药</mark>…</p>');
    expect(toHtml(v('p', {}, hitText(h, true)))).toBe('<p>全文<mark>药</mark>全文</p>');
  });

  it('has a breadcrumb ending in the clause’s own number', () => {
    expect(breadcrumb(['一、总体要求'], '一、2.')).toBe('一、总体要求 › 2.');
    expect(breadcrumb([], '前言')).toBe('前言');
  });
});
