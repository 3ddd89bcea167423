// The page's pure render functions on data made for the test, read with cheerio: no browser, no globals.
import { load } from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentMeta, DocumentSummary, Target } from '../../server/contract/index.ts';
import { corpusFacts, renderCorpusSummary } from '../../web/src/views/corpus-summary.ts';
import { renderDocHeader, sourceLink } from '../../web/src/views/doc-header.ts';
import { renderProblemNotice } from '../../web/src/views/problem-notice.ts';
import { renderTargetsPage, type TargetsModel } from '../../web/src/views/targets-render.ts';
import { marked, toHtml, v, type VChild, type VNode } from '../../web/src/vnode.ts';

const $ = (node: VChild) => load(toHtml(node), null, false);

/** The handler `event` of the first node (depth first) matching `pred`. */
function handler(node: VChild, pred: (n: VNode) => boolean, event: string): ((e: Event) => void) | undefined {
  if (typeof node === 'string') return undefined;
  if (pred(node) && node.on?.[event]) return node.on[event];
  for (const c of node.children) {
    const found = handler(c, pred, event);
    if (found) return found;
  }
  return undefined;
}

const meta = (over: Partial<DocumentMeta>): DocumentMeta => ({
  id: 'd1',
  title: '甲省医药产业规划',
  region: { zh: '甲省', en: 'Jia' },
  province: '甲省',
  provinceEn: 'Jia',
  level: 'province',
  metaSource: 'sidecar',
  ...over,
});

describe('VNodes', () => {
  it('keep text as text: markup in a string is escaped, never an element', () => {
    const html = toHtml(v('p', { title: '"x"' }, '<script>alert(1)</script> & 1'));
    expect(html).toBe('<p title="&quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1</p>');
    expect($(v('p', {}, '<b>x</b>'))('b').length).toBe(0);
  });

  it('turn only the server highlight’s <mark> into elements, its entities into characters', () => {
    const node = v('p', {}, marked('a <mark>一致性评价</mark> &lt;b&gt;x&lt;/b&gt;'));
    const doc = $(node);
    expect(doc('mark').text()).toBe('一致性评价');
    expect(doc('b').length).toBe(0);
    expect(doc('p').text()).toBe('a 一致性评价 <b>x</b>');
  });

  it('drop false, null and empty children and bare-attribute true', () => {
    expect(toHtml(v('input', { hidden: true, disabled: false, value: undefined }))).toBe('<input hidden>');
    expect(toHtml(v('p', {}, null, false, '', ['a', ['b']]))).toBe('<p>ab</p>');
  });
});

describe('the notice of a failed request', () => {
  it('says the server is busy in Chinese with the wait it asked for, and offers a retry that retries', () => {
    const retry = vi.fn();
    const node = renderProblemNotice({ code: 'SERVER_BUSY', retryAfter: 3 }, 'zh', retry);
    const doc = $(node);
    expect(doc('[role=alert]').text()).toBe('服务器正忙于回答其他问题，请 3 秒后重试。');
    expect(doc('button.retry').text()).toBe('重试');
    handler(node, (n) => n.attrs.class === 'retry', 'click')?.(new Event('click'));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says a 429 in English, and offers no retry for a failure waiting cannot mend', () => {
    const limited = $(renderProblemNotice({ code: 'RATE_LIMITED', retryAfter: 60 }, 'en', () => {}));
    expect(limited('[role=alert]').text()).toBe('Too many requests from this address; try again in 60 seconds.');
    expect(limited('button.retry').text()).toBe('Try again');
    const bad = $(renderProblemNotice({ code: 'QUERY_TOO_LONG', details: { length: 210, max: 200 } }, 'en', () => {}));
    expect(bad('button.retry').length).toBe(0);
  });
});

describe('the account of the corpus', () => {
  const docs: DocumentSummary[] = [
    {
      meta: meta({ issued: '2022-03-01', kind: { zh: '规划', en: 'plan' }, period: { from: 2021, to: 2025 } }),
      clauseCount: 100,
      sectionCount: 5,
    },
    {
      meta: meta({
        id: 'd2',
        region: { zh: '乙市', en: 'Yi' },
        issued: '2020-01-15',
        kind: { zh: '规划', en: 'plan' },
      }),
      clauseCount: 20,
      sectionCount: 2,
    },
    { meta: meta({ id: 'd3', category: { zh: '法律', en: 'law' } }), clauseCount: 1234, sectionCount: 9 },
  ];

  it('counts documents, clauses, regions, kinds and the span of dates', () => {
    const f = corpusFacts(docs);
    expect(f).toMatchObject({
      documents: 3,
      clauses: 1354,
      firstDate: '2020-01-15',
      lastDate: '2022-03-01',
      undated: 1,
    });
    expect(f.regions).toEqual([
      { zh: '甲省', en: 'Jia', count: 2 },
      { zh: '乙市', en: 'Yi', count: 1 },
    ]);
    expect(f.kinds.map((k) => [k.zh, k.count])).toEqual([
      ['规划', 2],
      ['法律', 1],
    ]);
  });

  it('says so in Chinese and in English', () => {
    const zh = $(renderCorpusSummary(corpusFacts(docs), 'zh') as VNode);
    expect(zh('h2').text()).toBe('文件库收录');
    expect(zh('[data-fact=clauses] dd').text()).toBe('1,354');
    expect(zh('[data-fact=regions] dd').text()).toBe('甲省 2、乙市 1');
    expect(zh('[data-fact=dates] dd').text()).toBe('2020-01-15 – 2022-03-01（另 1 份未载明）');
    expect(zh('[data-fact=years] dd').text()).toBe('2021 – 2025');
    const en = $(renderCorpusSummary(corpusFacts(docs), 'en') as VNode);
    expect(en('h2').text()).toBe('What the corpus holds');
    expect(en('[data-fact=kinds] dd').text()).toBe('plan 2, law 1');
    expect(en('[data-fact=regions] dd').text()).toBe('Jia 2, Yi 1');
  });

  it('says nothing of an empty corpus', () => {
    expect(renderCorpusSummary(corpusFacts([]), 'en')).toBeNull();
  });
});

describe('the reader’s header', () => {
  it('links a document’s web address as its official source, in a new tab without an opener', () => {
    const doc = $(renderDocHeader(meta({ source: 'https://example.gov.cn/art/2021/1.html' }), new Map(), 'zh'));
    const a = doc('.official-source a');
    expect(doc('.official-source').text()).toContain('官方来源：example.gov.cn');
    expect(a.attr('href')).toBe('https://example.gov.cn/art/2021/1.html');
    expect(a.attr('rel')).toContain('noopener');
    expect(a.attr('target')).toBe('_blank');
    const en = $(sourceLink({ source: 'http://example.gov.cn/x' }, 'en') as VNode);
    expect(en.text()).toContain('Official source: example.gov.cn');
  });

  it('links no source that is not a web address, and none when there is none', () => {
    expect(sourceLink({ source: 'javascript:alert(1)' }, 'en')).toBeNull();
    expect(sourceLink({ source: 'not a url' }, 'zh')).toBeNull();
    expect($(renderDocHeader(meta({}), new Map(), 'en'))('.official-source').length).toBe(0);
  });
});

describe('the targets page', () => {
  const target = (over: Partial<Target>): Target => ({
    province: '甲省',
    metric: '大品种',
    head: '产品数',
    text: '5个以上',
    value: 5,
    unit: '个',
    scaled: 5,
    qualifiers: ['以上'],
    kind: 'target',
    docId: 'd1',
    clauseId: 'd1/3.4.13',
    clauseLabel: '三、（四）13.',
    start: 0,
    end: 4,
    ...over,
  });
  const model = (lang: 'zh' | 'en'): TargetsModel => ({
    lang,
    filter: { province: '', metric: '', kind: 'target' },
    total: 2,
    categories: ['产品数'],
    table: {
      rows: [
        target({ value: 10, text: '力争10个', qualifiers: ['力争'], threshold: '超10亿元' }),
        target({ value: 5, threshold: '超5亿元' }),
      ],
      sortBy: 'value',
      ascending: true,
    },
    regions: new Map([['甲省', lang === 'zh' ? '甲省' : 'Jia']]),
  });
  const on = { sort: vi.fn(), filter: vi.fn(), csv: vi.fn() };

  it('shows rows in the sort chosen, each with its bar, qualifiers and clause label (Chinese)', () => {
    const doc = $(renderTargetsPage(model('zh'), on));
    expect(doc('h1').text()).toBe('目标表 (2)');
    const rows = doc('tbody tr');
    expect(rows.length).toBe(2);
    expect(rows.eq(0).find('.bar-sub').text()).toBe('门槛：超5亿元');
    expect(rows.eq(1).find('.qualifier').length).toBe(0); // 力争 is in the text already
    expect(rows.eq(1).find('td.num').first().text()).toBe('力争10个');
    expect(rows.eq(0).find('a').attr('href')).toBe('/doc/d1#d1%2F3.4.13');
    expect(rows.eq(0).find('a').text()).toContain('三、（四）13.');
    expect(doc('th[aria-sort]').find('button').attr('data-col')).toBe('value');
    expect(doc('th[aria-sort]').attr('aria-sort')).toBe('ascending');
  });

  it('labels in English and sorts through its handler', () => {
    const node = renderTargetsPage(model('en'), on);
    const doc = $(node);
    expect(doc('tbody tr').eq(0).find('.bar-sub').text()).toBe('Bar: 超5亿元');
    expect(doc('tbody tr').eq(0).find('td').first().text()).toBe('Jia');
    expect(doc('a.csv').text()).toBe('Download CSV');
    handler(node, (n) => n.attrs['data-col'] === 'year', 'click')?.(new Event('click'));
    expect(on.sort).toHaveBeenCalledWith('year');
  });

  it('shows the problem and the filters, not a table, when the rows could not be loaded', () => {
    const loading = { ...model('en'), total: undefined };
    const doc = $(
      renderTargetsPage(
        loading,
        on,
        renderProblemNotice({ code: 'SERVER_BUSY' }, 'en', () => {}),
      ),
    );
    expect(doc('table').length).toBe(0);
    expect(doc('form.target-filters').length).toBe(1);
    expect(doc('[role=alert]').text()).toBe('The server is busy answering other questions; try again shortly.');
  });
});
