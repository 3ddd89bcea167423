// What a partial match must hold, and what a quoted Latin term ranks first, on a plan written for the test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { searchClauses } from '../../server/search/search-service.ts';

const PLAN = `湖南省中医药发展规划
一、中医药人才
（一）建设中医药人才培养基地。
（二）完善基层服务网络，提高服务能力。
（三）推进名老专家传承工作室建设。
二、产业发展
（一）发展中医药产业，壮大龙头企业。
（二）引进高层次人才，完善激励政策。
（三）大力发展研发外包服务，研发外包企业集聚，建设研发外包平台。
（四）培育CRO机构。
`;

let store: IndexStore;
const search = (q: string) =>
  searchClauses(store, parseQuery(q, { context: store.queryContext() }), {
    province: [],
    doc: [],
    limit: 20,
    offset: 0,
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-partial-words-'));
  writeFileSync(join(dir, 'hunan-tcm-plan.txt'), PLAN);
  store = new IndexStore((await buildIndex(dir)).data);
});

describe('a partial match', () => {
  it('holds at least one word of the query in its text, never only in its heading', () => {
    const r = search('中医药 人才');
    expect(r.query.complete).toBe(1);
    const partial = r.hits.filter((h) => h.missing);
    // Why: 发展中医药产业 holds 中医药, 引进高层次人才 holds 人才; the clauses under 一、中医药人才 that
    // say neither (基层服务网络, 传承工作室) are no match, whatever their heading says.
    expect(partial.map((h) => h.text).sort()).toEqual(
      ['（一）发展中医药产业，壮大龙头企业。', '（二）引进高层次人才，完善激励政策。'].sort(),
    );
    for (const h of partial) expect(h.missing?.length).toBeLessThan(2);
  });
});

describe('a quoted Latin term', () => {
  it('ranks the clauses that write it before those holding only its translation', () => {
    const r = search('"CRO"');
    // Why: the clause on 研发外包 says it three times and would win on BM25; the query wrote CRO.
    expect(r.hits[0]?.text).toContain('CRO');
    expect(r.hits.some((h) => h.text.includes('研发外包'))).toBe(true);
  });
});
