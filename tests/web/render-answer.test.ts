// Ask mode's pure renders on answers made for the test, read with cheerio (no browser): the card, the decline
// and its ways on, what the question was understood as.
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import type { AskResponse, DocumentMeta } from '../../server/contract/index.ts';
import { EXAMPLES, renderAnswerCard, renderAskAside } from '../../web/src/views/answer-card.ts';
import { toHtml, type VChild, type VNode } from '../../web/src/vnode.ts';

/** The text of each element `sel` selects. */
const texts = (root: CheerioAPI, sel: string) =>
  root(sel)
    .toArray()
    .map((e) => root(e).text());

const $ = (node: VChild) => load(toHtml(node), null, false);
const all = (nodes: readonly VNode[]) => load(nodes.map(toHtml).join(''), null, false);

function clickOn(node: VChild, pred: (n: VNode) => boolean): void {
  if (typeof node === 'string') return;
  if (pred(node) && node.on?.click) return node.on.click(new Event('click'));
  for (const c of node.children) clickOn(c, pred);
}

const understood: AskResponse['understood'] = { focus: [], regions: [], years: [], translations: [] };
const ask = (over: Partial<AskResponse>): AskResponse => ({
  tookMs: 1,
  question: 'q',
  lang: 'zh',
  type: 'number',
  answer: null,
  confidence: 0,
  citations: [],
  understood,
  ...over,
});
const metas = new Map<string, DocumentMeta>([
  [
    'a',
    {
      id: 'a',
      title: '甲',
      region: { zh: '甲', en: 'Jia' },
      province: '甲',
      provinceEn: 'Jia',
      level: 'province',
      metaSource: 'sidecar',
    },
  ],
]);

describe('the answer card', () => {
  it('shows a figure as written, with its metric and confidence (Chinese and English)', () => {
    const r = ask({
      answer: {
        text: '4000亿元',
        value: 4000,
        metric: '总产值',
        metricEn: 'gross output',
        english: '400 billion yuan',
      },
      confidence: 0.83,
    } as Partial<AskResponse>);
    const zh = $(renderAnswerCard(r, '总产值', 'zh'));
    expect(zh('.answer-text').text()).toBe('4000亿元');
    expect(zh('.answer-metric').text()).toBe('指标：总产值');
    expect(zh('.confidence').text()).toBe('置信度: 83%');
    const en = $(renderAnswerCard(r, 'gross output', 'en'));
    expect(en('.answer-en').text()).toBe('400 billion yuan');
    expect(en('.answer-metric').text()).toBe('Metric: gross output (总产值)');
  });

  it('names no metric on a list of regions', () => {
    const r = ask({ type: 'list', answer: { text: '甲、乙' } as AskResponse['answer'], confidence: 0.5 });
    expect($(renderAnswerCard(r, '数值', 'zh'))('.answer-metric').length).toBe(0);
  });

  it('marks the answer inside a statement, and names no metric on a comparison of statements', () => {
    const said = ask({
      type: 'what',
      answer: { text: '做强“甲药”品牌，提升影响力', phrase: '“甲药”' } as AskResponse['answer'],
      confidence: 0.6,
    });
    const card = $(renderAnswerCard(said, '数值', 'zh'));
    expect(card('.answer-text').text()).toBe('做强“甲药”品牌，提升影响力');
    expect(texts(card, '.answer-text mark')).toEqual(['“甲药”']);
    const row = { province: '甲', region: '甲', regionEn: 'Jia', text: '做强“甲药”品牌', clauseId: 'a/1' };
    const compared = ask({ type: 'compare', answer: { text: '甲 做强“甲药”品牌' }, rows: [row], confidence: 0.6 });
    expect($(renderAnswerCard(compared, '数值', 'en'))('.answer-metric').length).toBe(0);
    const figures = ask({ ...compared, rows: [{ ...row, text: '30家', value: 30 }] });
    expect($(renderAnswerCard(figures, '数值', 'en'))('.answer-metric').length).toBe(1);
  });

  it('declines in the page’s language and, for a region with no documents, lists the regions there are', () => {
    const askIn = vi.fn();
    const r = ask({
      note: 'There are no documents from 西藏.',
      decline: {
        reason: 'unknown-region',
        regions: ['西藏'],
        available: [
          { zh: '浙江', en: 'Zhejiang' },
          { zh: '吉林', en: 'Jilin' },
        ],
      },
    });
    const zh = renderAnswerCard(r, '数值', 'zh', askIn);
    const doc = $(zh);
    expect(doc('.note').first().text()).toBe('未给出答案。');
    expect(doc('.decline').text()).not.toMatch(/[A-Za-z]{4}/);
    expect(texts(doc, 'ul.regions-there-are button')).toEqual(['浙江', '吉林']);
    expect(doc('.confidence').length).toBe(0);
    clickOn(zh, (n) => n.attrs['data-province'] === '吉林');
    expect(askIn).toHaveBeenCalledWith('吉林');
    const en = $(renderAnswerCard(r, 'value', 'en', askIn));
    expect(en('ul.regions-there-are button').first().text()).toBe('Zhejiang');
    expect(en('#regions-there-are').text()).toBe('The corpus has documents from these regions; ask of one:');
  });
});

describe('the question understood', () => {
  it('lists type, regions, year and metric in the page’s language, then the examples', () => {
    const r = ask({ understood: { ...understood, regions: ['甲'], years: [2025], metric: '营业收入' } });
    const zh = all(renderAskAside(r, metas, 'zh', vi.fn()));
    expect(texts(zh, 'dt')).toEqual(['问题类型', '地区', '年份', '指标']);
    expect(zh('.examples button').length).toBe(EXAMPLES.zh.length);
    const asked = vi.fn();
    const enNodes = renderAskAside(r, metas, 'en', asked, 'operating revenue');
    const en = all(enNodes);
    expect(texts(en, 'dd')).toEqual(['a figure', 'Jia', '2025', 'operating revenue (营业收入)']);
    for (const n of enNodes) clickOn(n, (x) => x.attrs.class === 'link example');
    expect(asked).toHaveBeenCalledWith(EXAMPLES.en[0]);
  });
});
