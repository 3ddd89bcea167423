// Documents named by their titles, article references, and abbreviations the corpus spells out, on
// two laws and a plan written for this test (their articles numbered 第一条…).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { searchClauses } from '../../server/search/search-service.ts';

const VACCINE = `中华人民共和国疫苗管理法
第一章 总则
第一条 为了加强疫苗管理，保证疫苗质量和供应，规范预防接种，制定本法。
第二条 在中华人民共和国境内从事疫苗研制、生产、流通和预防接种及其监督管理活动，适用本法。
第三条 国家对疫苗实行最严格的管理制度，坚持安全第一、风险管理、全程管控。
第二章 疫苗研制和注册
第十条 国家实行疫苗全程电子追溯制度。疫苗上市许可持有人应当建立疫苗电子追溯系统。
第十一条 疫苗研制应当遵守有关法律、法规、规章、标准和规范。
第九十八条 违反本法规定，疫苗上市许可持有人未按照规定建立疫苗电子追溯系统的，责令改正，给予警告。
`;
const HERBS = `浙江省中医药条例
第一条 为了继承和弘扬中医药，促进中医药事业发展，制定本条例。
第十条 县级以上人民政府发展改革委应当将中医药事业纳入国民经济和社会发展规划。
第十一条 发展和改革委员会会同有关部门制定中医药产业政策。
第十二条 省发展改革委支持中医药人才培养，发展改革委每年公布中医药项目。
`;
const PLAN = `湖南省医药产业发展规划
一、重点任务
（一）省发展改革委牵头建设医药产业园区，完善疫苗追溯体系。
（二）发展和改革委员会统筹医药项目布局。
`;

let store: IndexStore;
const search = (q: string) =>
  searchClauses(store, parseQuery(q, { context: store.queryContext() }), {
    province: [],
    doc: [],
    limit: 20,
    offset: 0,
  });
const docOf = (word: string) =>
  [...store.documents.values()].find((d) => d.meta.title.includes(word))?.meta.id as string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-names-'));
  writeFileSync(join(dir, 'vaccine-law.txt'), VACCINE);
  writeFileSync(join(dir, 'herbs-regulation.txt'), HERBS);
  writeFileSync(join(dir, 'hunan-plan.txt'), PLAN);
  store = new IndexStore((await buildIndex(dir)).data);
});

describe('a document named in the query', () => {
  it('filters to the document, in book-title marks or without 中华人民共和国, and says so', () => {
    const vaccine = docOf('疫苗管理法');
    for (const q of ['《疫苗管理法》', '疫苗管理法', '中华人民共和国疫苗管理法']) {
      const r = search(q);
      expect(r.query.filters.doc, q).toEqual([vaccine]);
      // Why: a title alone asks for the document, so every hit is one of its clauses, in order.
      expect(r.hits.length, q).toBeGreaterThan(0);
      expect(r.hits.every((h) => h.doc.id === vaccine)).toBe(true);
    }
  });

  it('searches the other words within it', () => {
    const r = search('疫苗管理法 追溯');
    expect(r.query.filters.doc).toEqual([docOf('疫苗管理法')]);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.text.includes('追溯'))).toBe(true);
    // Why: the plan also writes 疫苗追溯体系, but the query named the law.
    expect(r.hits.some((h) => h.text.includes('湖南'))).toBe(false);
  });

  it('leaves a name that is no title of the index as text', () => {
    expect(search('药品管理法').query.filters.doc).toEqual([]);
  });
});

describe('an article reference', () => {
  it('returns that article first, written in Chinese numerals, figures or English', () => {
    for (const q of ['疫苗管理法 第九十八条', '疫苗管理法第98条', '疫苗管理法 art. 98', 'article 98 疫苗管理法']) {
      const r = search(q);
      expect(r.hits[0]?.text, q).toContain('第九十八条');
      expect(
        r.hits.every((h) => h.doc.id === docOf('疫苗管理法')),
        q,
      ).toBe(true);
    }
  });

  it('ranks the article first among the clauses holding the words', () => {
    const r = search('疫苗 第十条');
    // Why: 第十条 of the vaccine law holds 疫苗; the other clauses holding 疫苗 follow it.
    expect(r.hits[0]?.text).toContain('第十条');
    expect(r.hits[0]?.text).toContain('疫苗');
    expect(r.hits.length).toBeGreaterThan(1);
  });

  it('alone, lists the article of every document', () => {
    const r = search('第十条');
    expect(r.hits.map((h) => h.text.slice(0, 3))).toEqual(['第十条', '第十条']);
  });
});

describe('an abbreviation the corpus never writes', () => {
  it('also searches the long forms that spell it in order, and says so', () => {
    const r = search('发改委');
    const expansion = r.query.expansions.find((e) => e.from === '发改委');
    expect(expansion?.source).toBe('abbreviation');
    expect(expansion?.to).toEqual(expect.arrayContaining(['发展改革委']));
    // Why: five clauses write 发展改革委 or 发展和改革委(员会); none writes 发改委.
    expect(r.hits.length).toBeGreaterThanOrEqual(4);
    expect(r.hits.every((h) => /发展改革委|发展和改革委/.test(h.text))).toBe(true);
  });

  it('leaves a word the corpus writes as it is', () => {
    expect(search('中医药').query.expansions).toEqual([]);
  });
});
