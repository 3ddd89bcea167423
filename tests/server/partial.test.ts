// Partial matches fill a short page: after the clauses holding every word, those holding most of them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { partialMatches } from '../../server/search/partial.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';

// Two plans written for this test. One clause names all three of 中药材 种植 基地, others two or one.
const HUNAN = `湖南省医药产业发展规划
一、重点任务
（一）建设中药材规范化种植基地，推广生态种植。
（二）扩大中药材种植面积，发展林下种植。
（三）建设中药材交易基地和仓储物流中心。
（四）建设医疗器械产业基地。
（五）发展高端医疗器械和体外诊断试剂。
`;
const HUBEI = `湖北省医药产业行动方案
一、主要任务
（一）鼓励企业发展中药材种植，带动农户增收。
（二）建设生物医药产业园。
`;

let store: IndexStore;
const search = (q: string, province: string[] = [], offset = 0, limit = 10) =>
  searchClauses(store, parseQuery(q, { context: store.queryContext() }), { province, doc: [], limit, offset });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-partial-'));
  writeFileSync(join(dir, 'hunan-plan.txt'), HUNAN);
  writeFileSync(join(dir, 'hubei-plan.txt'), HUBEI);
  store = new IndexStore((await buildIndex(dir)).data);
});

describe('partial matches', () => {
  it('list the clauses with every word first, then those holding two of three, then one', () => {
    const r = search('中药材 种植 基地');
    expect(r.query.complete).toBe(1);
    expect(r.hits[0]?.text).toContain('规范化种植基地');
    expect(r.hits[0]?.missing).toBeUndefined();
    const partial = r.hits.slice(1);
    expect(partial.every((h) => h.missing && h.missing.length > 0)).toBe(true);
    const lacks = partial.map((h) => h.missing?.length ?? 0);
    expect(lacks).toEqual([...lacks].sort((a, b) => a - b));
    expect(partial.slice(0, 3).map((h) => h.missing)).toEqual(expect.arrayContaining([['基地'], ['种植'], ['基地']]));
    expect(r.total).toBe(r.hits.length);
    expect(r.hits.every((h) => !h.text.includes('体外诊断'))).toBe(true);
  });

  it('mark what a partial match holds', () => {
    const hit = search('中药材 种植 基地').hits.find((h) => h.missing?.join() === '基地');
    // Adjacent marks run together: 中药材种植.
    expect(hit?.highlight).toMatch(/<mark>中药材(种植)?<\/mark>/);
    expect(hit?.highlight).toMatch(/<mark>[^<]*种植<\/mark>/);
  });

  it('stay in the filters, and page on from the complete matches', () => {
    const hubei = search('中药材 种植 基地', ['湖北']);
    expect(hubei.query.complete).toBe(0);
    expect(hubei.hits.map((h) => h.province)).toEqual(['湖北']);
    expect(hubei.hits[0]?.missing).toEqual(['基地']);
    const all = search('中药材 种植 基地').hits.map((h) => h.id);
    const pages = [...search('中药材 种植 基地', [], 0, 2).hits, ...search('中药材 种植 基地', [], 2, 10).hits];
    expect(pages.map((h) => h.id)).toEqual(all);
  });

  it('never drop a quoted word', () => {
    const r = search('"基地" 中药材 种植');
    expect(r.hits.length).toBeGreaterThan(1);
    expect(r.hits.every((h) => h.text.includes('基地'))).toBe(true);
  });

  it('do not pad a query that has a page of complete matches, or a single word that matched', () => {
    const one = search('中药材');
    expect(one.hits.every((h) => h.missing === undefined)).toBe(true);
    expect(one.total).toBe(one.query.complete);
  });
});

describe('partialMatches', () => {
  const query = parseQuery('甲 乙 丙');
  const sets = [Int32Array.of(1, 2, 3), Int32Array.of(1, 2, 4), Int32Array.of(1, 5)];

  it('orders by groups held and names the words each lacks', () => {
    const found = partialMatches(query, sets, [0, 1, 2], (k) => k !== 1);
    expect(found.map((f) => [f.index, f.held, f.missing])).toEqual([
      [2, 2, ['丙']],
      [3, 1, ['乙', '丙']],
      [4, 1, ['甲', '丙']],
      [5, 1, ['甲', '乙']],
    ]);
  });

  it('leaves out what `keep` refuses, and the clauses holding every group', () => {
    expect(partialMatches(query, sets, [0, 1, 2], () => true).map((f) => f.index)).not.toContain(1);
    expect(partialMatches(query, sets, [0, 1, 2], (k) => k === 2).map((f) => f.index)).toEqual([2]);
  });
});
