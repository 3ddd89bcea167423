// The reader's pure renders on a document made for the test, read with cheerio (no browser): body, outline,
// a clause's actions.
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentResponse, PhraseEnglish } from '../../server/contract/index.ts';
import { renderClauseActions } from '../../web/src/views/clause-actions.ts';
import { renderOutline } from '../../web/src/views/outline-render.ts';
import { documentBody } from '../../web/src/views/reader-body.ts';
import { toHtml, type VNode } from '../../web/src/vnode.ts';

/** The text of each element `sel` selects. */
const texts = (root: CheerioAPI, sel: string) =>
  root(sel)
    .toArray()
    .map((e) => root(e).text());

type Clause = DocumentResponse['clauses'][number];
const all = (nodes: readonly VNode[]) => load(nodes.map(toHtml).join(''), null, false);

const clause = (over: Partial<Clause> & Pick<Clause, 'id' | 'text'>): Clause => ({
  label: '',
  section: [],
  kind: 'paragraph',
  start: 0,
  end: over.text.length,
  ...over,
});
const row = (id: string, n: string, name: string, a: string, b: string): Clause =>
  clause({
    id,
    text: `${n}\t${name}\t${a}\t${b}`,
    kind: 'row',
    section: ['二、目标', '表1 主要指标'],
    columns: ['序号', '指标名称', '2020年', '2025年'],
    cells: [
      { column: '序号', value: n },
      { column: '指标名称', value: name },
      { column: '2020年', value: a },
      { column: '2025年', value: b },
    ],
  });
const doc = {
  meta: {},
  clauseCount: 4,
  sectionCount: 2,
  text: '',
  outline: [
    { depth: 1, label: '一、', title: '总体要求', firstClause: 'd/1.1' },
    { depth: 1, label: '二、', title: '目标', firstClause: 'd/2.t1' },
    { depth: 2, label: '', title: '无条款的标题' },
  ],
  clauses: [
    clause({ id: 'd/1.1', text: '坚持创新驱动。', section: ['一、总体要求'], kind: 'item' }),
    row('d/2.t1', '1', '营业收入(亿元)', '100', '200'),
    row('d/2.t2', '2', '创新药(个)', '6', '10'),
  ],
} as unknown as DocumentResponse;

const body = (lang: 'zh' | 'en', english?: ReadonlyMap<string, PhraseEnglish>) =>
  all(
    documentBody(doc, {
      highlights: new Map([
        ['d/1.1', '坚持<mark>创新</mark>驱动。'],
        ['d/2.t2', '2\t<mark>创新</mark>药(个)\t6\t10'],
      ]),
      english,
      lang,
      actions: (c) => renderClauseActions(c.id, c.id, lang, { cite: vi.fn(), related: vi.fn() }),
    }),
  );

describe('the reader’s body', () => {
  it('opens each section with its heading, and shows the query’s marks in a clause', () => {
    const $ = body('zh');
    expect(texts($, 'h2.section-heading')).toEqual(['一、总体要求', '二、目标']);
    expect($('#c-d\\/1\\.1 .clause-text mark').text()).toBe('创新');
    expect($('#c-d\\/1\\.1 button.cite .label').text()).toBe('复制引用');
    expect($('#c-d\\/1\\.1 a.related-link').text()).toBe('在其他文件中：d/1.1');
  });

  it('makes a run of rows one table: its heading as caption, a header row, each row named, marks kept', () => {
    const $ = body('zh');
    expect($('table.doc-table').length).toBe(1);
    expect($('caption').text()).toBe('表1 主要指标');
    expect(texts($, 'thead th')).toEqual(['序号', '指标名称', '2020年', '2025年']);
    expect(texts($, 'tr.kind-row th[scope=row]')).toEqual(['营业收入(亿元)', '创新药(个)']);
    expect($('tr#c-d\\/2\\.t2 mark').text()).toBe('创新');
  });

  it('puts headings into English beside the Chinese where the glossary has them (English page)', () => {
    const english = new Map([
      ['一、总体要求', { zh: '一、总体要求', label: '一、', en: 'general requirements', terms: [] }],
    ]);
    const $ = body('en', english as unknown as ReadonlyMap<string, PhraseEnglish>);
    expect($('h2.section-heading').first().find('.heading-sub').text()).toBe('1. General requirements');
    expect($('button.cite .label').first().text()).toBe('Copy citation (English)');
  });
});

describe('the reader’s outline', () => {
  it('links each heading with a first clause, folded on a narrow screen, in English where it can', () => {
    const zh = load(toHtml(renderOutline(doc, undefined, 'zh', false)), null, false);
    expect(texts(zh, 'a[data-clause]')).toEqual(['一、 总体要求', '二、 目标']);
    expect(zh('a').first().attr('href')).toBe('#d%2F1.1');
    expect(zh('details').attr('open')).toBe('open');
    const english = new Map([['二、目标', { zh: '二、目标', label: '二、', en: 'targets', terms: [] }]]);
    const en = load(toHtml(renderOutline(doc, english as never, 'en', true)), null, false);
    expect(en('details').attr('open')).toBeUndefined();
    expect(en('summary').text()).toBe('Contents');
    expect(en('a').eq(1).text()).toBe('2. Targets');
  });
});
