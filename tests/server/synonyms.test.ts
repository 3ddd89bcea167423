// Synonym expansion of queries: each form listed in the data also searches its group's other forms.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { unitGroups } from '../../server/search/query.ts';
import { searchClauses } from '../../server/search/search-service.ts';

const texts = (q: string) => unitGroups(parseQuery(q)).map((g) => g.map((u) => u.normalized));

describe('synonym expansion in the query parser', () => {
  it('adds the other forms of a listed word to its group, marked with the form they stand for', () => {
    const q = parseQuery('集采');
    const groups = unitGroups(q);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.[0]).toMatchObject({ normalized: '集采' });
    expect(groups[0]?.[0]?.synonymOf).toBeUndefined();
    expect(groups[0]?.slice(1).every((u) => u.synonymOf === '集采')).toBe(true);
    expect(q.expansions).toEqual([{ from: '集采', to: ['集中带量采购', '带量采购', '集中采购'] }]);
  });

  it('replaces the form inside a longer run of Chinese, and leaves the other groups alone', () => {
    expect(texts('药品集采 中标')).toEqual([
      ['药品集采', '药品集中带量采购', '药品带量采购', '药品集中采购'],
      ['中标'],
    ]);
  });

  it('matches a Latin form in any case or width, and reports it as the data spells it', () => {
    expect(parseQuery('ｃｄｍｏ', { lang: 'zh' }).expansions).toEqual([{ from: 'CDMO', to: ['定制研发生产'] }]);
  });

  it('does not expand a quoted form, an excluded one, or a word not listed', () => {
    expect(parseQuery('"集采"').expansions).toEqual([]);
    expect(texts('"集采"')).toEqual([['集采']]);
    expect(parseQuery('-集采 药品').expansions).toEqual([]);
    expect(parseQuery('道地药材').expansions).toEqual([]);
  });

  it('keeps one unit per form when the query itself names two forms of a group', () => {
    const group = texts('OTC OR 非处方药')[0] ?? [];
    expect(new Set(group).size).toBe(group.length);
    expect(group).toEqual(expect.arrayContaining(['otc', '非处方药']));
  });
});

describe('searching with synonyms', () => {
  // A plan written for this test: the procurement programme named three ways, the full form most often
  // (so BM25 alone would put it first), the abbreviation once.
  const PLAN = `湖南省医药产业发展规划
一、重点任务
（一）落实国家组织药品集中带量采购，做好中选药品集中带量采购供应保障，推动集中带量采购常态化。
（二）做好集采中选药品的配备使用。
（三）推进药品带量采购落地，完善配套政策。
（四）建设道地药材种植基地。
`;
  let store: IndexStore;
  const search = (q: string) => searchClauses(store, parseQuery(q), { province: [], doc: [], limit: 10, offset: 0 });

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-synonyms-'));
    writeFileSync(join(dir, 'hunan-plan.txt'), PLAN);
    store = new IndexStore((await buildIndex(dir)).data);
  });

  it('finds every form, the form typed first, and says what it expanded', () => {
    const r = search('集采');
    expect(r.hits.map((h) => h.text.slice(0, 4))).toEqual(['（二）做', expect.any(String), expect.any(String)]);
    expect(r.hits).toHaveLength(3);
    expect(r.query.expansions).toEqual([{ from: '集采', to: ['集中带量采购', '带量采购', '集中采购'] }]);
    expect(r.query.mode).toBe('exact');
    expect(r.query.phrases).toEqual(['集采']);
    expect(r.hits[1]?.highlight).toMatch(/<mark>(集中)?带量采购<\/mark>/);
  });

  it('searches a quoted form alone', () => {
    const r = search('"集采"');
    expect(r.hits).toHaveLength(1);
    expect(r.query.expansions).toEqual([]);
  });

  it('puts the full form first when it is the one typed', () => {
    const r = search('集中带量采购');
    expect(r.hits[0]?.text).toContain('集中带量采购');
    expect(r.hits.at(-1)?.text).not.toContain('集中带量采购');
  });
});

describe('a synonym the corpus never writes', () => {
  // A plan written for this test: 高校 twice, 人才 three times, together once; its synonyms 高等院校 and
  // 高等学校 appear nowhere, 学校 (a piece of one) once.
  const PLAN = `湖北省医药产业行动方案
一、主要任务
（一）支持高校建设医药人才培养基地。
（二）推动高校与企业共建研发平台。
（三）引进高层次医药人才。
（四）建设生物医药产业园。
（五）鼓励职业学校培养技能人才。
`;
  let store: IndexStore;
  const search = (q: string) => searchClauses(store, parseQuery(q), { province: [], doc: [], limit: 10, offset: 0 });

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-synonyms-absent-'));
    writeFileSync(join(dir, 'hubei-plan.txt'), PLAN);
    store = new IndexStore((await buildIndex(dir)).data);
  });

  it('does not make its word look rare: every word of the query is still required', () => {
    const r = search('高校 人才');
    expect(r.query.expansions.map((x) => x.from)).toEqual(['高校']);
    expect(r.query.optional).toEqual([]);
    // The one clause with both words is the complete match; the others say which word they lack.
    expect(r.query.complete).toBe(1);
    expect(r.hits[0]?.text).toContain('高校建设医药人才');
    expect(r.hits.slice(1).map((h) => h.missing)).toEqual(expect.arrayContaining([['人才'], ['高校']]));
    expect(r.hits.slice(1).every((h) => (h.missing?.length ?? 0) > 0)).toBe(true);
  });

  it('marks in a partial match the words typed it holds, not the pieces of a synonym', () => {
    const hit = search('高校 人才').hits.find((h) => h.text.includes('职业学校'));
    expect(hit?.missing).toEqual(['高校']);
    expect(hit?.highlight).toContain('<mark>人才</mark>');
    expect(hit?.highlight).not.toContain('<mark>学校</mark>');
  });
});
