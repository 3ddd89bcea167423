// Ask mode's comparison as a pure render, on rows made for the test, read with cheerio (no browser): the table,
// the bar chart when the rows share a unit, the regions that state nothing, and a list of regions' statements.
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../server/contract/index.ts';
import { barChart } from '../../web/src/views/chart.ts';
import { compareView } from '../../web/src/views/compare.ts';
import { toHtml, type VNode } from '../../web/src/vnode.ts';

type Row = NonNullable<AskResponse['rows']>[number];
const $ = (node: VNode) => load(toHtml(node), null, false);
/** The text of each element `sel` selects. */
const texts = (root: CheerioAPI, sel: string) =>
  root(sel)
    .toArray()
    .map((e) => root(e).text());

const row = (over: Partial<Row>): Row => ({
  province: '甲',
  region: '甲',
  regionEn: 'Jia',
  text: '4000亿元',
  value: 4000,
  unit: '亿元',
  scaled: 4e11,
  year: 2025,
  metric: '总产值',
  clauseId: 'a/2.p1',
  ...over,
});
const rows = [
  row({}),
  row({ province: '乙', region: '乙', regionEn: 'Yi', text: '1500亿元', scaled: 1.5e11, clauseId: 'b/1.2' }),
];
const answer = (over: Partial<AskResponse>): AskResponse => ({
  tookMs: 1,
  question: 'q',
  lang: 'zh',
  type: 'compare',
  answer: null,
  confidence: 0.5,
  citations: [],
  rows,
  understood: { focus: [], regions: [], years: [], translations: [] },
  ...over,
});

describe('the comparison', () => {
  it('has a row per region with its figure, year, metric and clause, and a chart in one scale (Chinese)', () => {
    const doc = $(compareView(answer({}), '总产值', 'zh'));
    expect(doc('h2').text()).toBe('各地区对比');
    expect(texts(doc, 'table.compare-table tbody th')).toEqual(['甲', '乙']);
    expect(doc('tbody tr').first().find('td[data-label=数值]').text()).toBe('4000亿元');
    expect(doc('tbody tr a').first().attr('href')).toBe('/doc/a#a%2F2.p1');
    expect(doc('svg rect.bar').length).toBe(2);
    expect(doc('svg').attr('aria-label')).toBe('柱状图：总产值（亿元）：甲 4000亿元；乙 1500亿元');
    expect(doc('figcaption').text()).toBe('各地区总产值，单位：亿元。');
  });

  it('names regions and the scale in English, and lists the regions that state nothing with what they state', () => {
    const r = answer({
      unstated: [
        {
          province: '丙',
          region: '丙',
          regionEn: 'Bing',
          stated: { metric: '营业收入', figure: '900亿元', when: '2025', kind: 'target' },
          clauseId: 'c/3.1',
          clauseLabel: '三、（一）',
        },
      ],
    });
    const doc = $(compareView(r, 'gross output', 'en'));
    expect(texts(doc, 'table.compare-table tbody th')).toEqual(['Jia', 'Yi']);
    expect(doc('svg').attr('aria-label')).toBe('Bar chart of gross output in billion yuan: Jia 4000亿元; Yi 1500亿元');
    const li = doc('.unstated li[data-province=丙]');
    expect(li.text()).toContain('Bing states nothing on it. It states instead: 营业收入 900亿元 (2025, target)');
    expect(li.find('a').attr('href')).toBe('/doc/c#c%2F3.1');
    // The clause it states it in, by its label rather than its id.
    expect(li.find('a').text()).toMatch(/^part 3, section \(1\)/);
  });

  it('draws no chart for rows of different units, and says so when no region states it', () => {
    expect(barChart([row({}), row({ unit: '家', scaled: 3 })], 'x', 'zh')).toBeNull();
    const none = $(compareView(answer({ rows: [] }), '总产值', 'en'));
    expect(none('p.note').text()).toBe('No region states it.');
  });

  it('shows rows of no figure as what each region says, the answer within it marked', () => {
    const said = answer({
      rows: [
        row({ text: '做强“甲药精品”品牌，提升影响力', phrase: '“甲药精品”', value: undefined, unit: undefined }),
        row({ province: '乙', region: '乙', regionEn: 'Yi', text: '乙药', value: undefined, unit: undefined }),
      ],
    });
    const doc = $(compareView(said, '', 'zh'));
    expect(texts(doc, 'table.statements-table td.statement')).toEqual(['做强“甲药精品”品牌，提升影响力', '乙药']);
    expect(texts(doc, 'td.statement mark')).toEqual(['“甲药精品”']);
    expect(doc('svg').length).toBe(0);
  });

  it('shows a list answer as the regions’ own words, without a metric column', () => {
    const list = answer({ type: 'list', rows: [row({ text: '发展合成生物学。' })] });
    const doc = $(compareView(list, '', 'zh'));
    expect(doc('table.statements-table td.statement').text()).toBe('发展合成生物学。');
    expect(texts(doc, 'thead th')).toEqual(['地区', '原文', '条款']);
  });
});
