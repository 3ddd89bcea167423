// Related clauses: more like this over the other documents, on plans written for these tests and on
// the corpus through the API.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause } from '../../indexer/store/index.ts';
import { buildIndex } from '../../indexer/pipeline.ts';
import { createApp } from '../../server/app.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { clauseQuery, relatedClauses } from '../../server/search/related.ts';
import { api } from '../helpers/api.ts';
import { unmark } from '../helpers/html.ts';
import { testApp } from '../helpers/test-app.ts';

// Three plans (not from the corpus). Every clause carries the same boilerplate (加强组织领导，推进产业
// 发展); the topics differ. The source clause rewards generic drugs that pass 一致性评价.
const boilerplate = '加强组织领导，推进产业发展。';
const HUNAN = `湖南省医药产业发展规划
一、重点任务
（一）仿制药。对通过仿制药一致性评价的品种，给予一次性奖励。${boilerplate}
（二）中药。建设道地药材种植基地，推进中药材规范化种植。${boilerplate}
（三）器械。发展高端医疗器械，建设医疗器械产业园。${boilerplate}
`;
const HUBEI = `湖北省医药产业行动方案
一、主要任务
（一）支持企业开展仿制药质量和疗效一致性评价，提升仿制药质量。${boilerplate}
（二）鼓励企业研发创新药，对获批上市的创新药给予奖励。${boilerplate}
（三）完善组织领导机制，统筹推进产业发展。${boilerplate}
（四）做强中药饮片和中成药，建设中药材交易市场。${boilerplate}
`;
const HENAN = `河南省医药产业发展规划
一、重点任务
（一）对首家通过一致性评价的仿制药品种给予奖励。${boilerplate}
（二）对通过一致性评价的第二家至第三家仿制药品种给予奖励。${boilerplate}
（三）对通过一致性评价的其他仿制药品种给予补助。${boilerplate}
（四）建设医疗器械检验检测平台。${boilerplate}
`;

let store: IndexStore;
const textOf = (index: number) => store.clauses.get(index)?.text ?? '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-related-'));
  writeFileSync(join(dir, 'hunan-plan.txt'), HUNAN);
  writeFileSync(join(dir, 'hubei-plan.txt'), HUBEI);
  writeFileSync(join(dir, 'henan-plan.txt'), HENAN);
  store = new IndexStore((await buildIndex(dir)).data);
});

describe('related clauses', () => {
  const source = () => [...store.clauses].findIndex((c) => c.text.includes('给予一次性奖励'));

  it('weighs a clause by its rare words: the boilerplate every clause has weighs least', () => {
    const query = clauseQuery(store, store.clauses.get(source()) as Clause);
    const weight = (term: string) => query.find((t) => t.term === term)?.weight ?? 0;
    expect(weight('一致性评价')).toBeGreaterThan(0);
    for (const common of ['组织领导', '推进', '产业'])
      expect(weight(common), common).toBeLessThan(weight('一致性评价') / 2);
  });

  it('takes no numbering for a word: the 一 and 二 of （一）（二）, in headings or in the text', () => {
    for (const index of [...store.clauses].keys()) {
      const terms = clauseQuery(store, store.clauses.get(index) as Clause).map((t) => t.term);
      expect(terms.filter((t) => /^[一二三四五六七八九十]+$/u.test(t) && t.length <= 2)).toEqual([]);
    }
  });

  it('finds the clauses on the same policy in the other documents, never in its own', () => {
    const { related } = relatedClauses(store, source(), { limit: 6, perDocument: 3 });
    const texts = related.map((r) => textOf(r.index));
    expect(related.every((r) => store.clauses.get(r.index)?.docId !== store.clauses.get(source())?.docId)).toBe(true);
    // The four clauses about generic drugs and 一致性评价 come before anything else.
    expect(texts.slice(0, 4).every((t) => t.includes('一致性评价'))).toBe(true);
    expect(texts.slice(0, 4).some((t) => t.includes('质量和疗效一致性评价'))).toBe(true);
    for (const r of related) {
      expect(r.shared.length).toBeGreaterThanOrEqual(2);
      expect(r.similarity).toBeGreaterThan(0);
      expect(r.similarity).toBeLessThanOrEqual(1);
    }
    expect(related.map((r) => r.score)).toEqual([...related.map((r) => r.score)].sort((a, b) => b - a));
    expect(related[0]?.shared).toContain('一致性评价');
  });

  it('takes at most perDocument clauses from one document, and honours a region filter', () => {
    const one = relatedClauses(store, source(), { limit: 6, perDocument: 1 }).related;
    const docs = one.map((r) => store.clauses.get(r.index)?.docId);
    expect(new Set(docs).size).toBe(docs.length);
    expect(docs.length).toBe(2);
    const hubei = relatedClauses(store, source(), { limit: 6, perDocument: 3, keep: (c) => c.province === '湖北' });
    expect(hubei.related.length).toBeGreaterThan(0);
    expect(hubei.related.every((r) => store.clauses.get(r.index)?.province === '湖北')).toBe(true);
  });

  it('says whether a higher limit would give more, within perDocument', () => {
    const all = relatedClauses(store, source(), { limit: 20, perDocument: 3 });
    expect(all.more).toBe(false);
    const fewer = relatedClauses(store, source(), { limit: all.related.length - 1, perDocument: 3 });
    expect(fewer.more).toBe(true);
    expect(fewer.related).toEqual(all.related.slice(0, -1));
    // One per document: as many as there are other documents with a like clause, and no more.
    const one = relatedClauses(store, source(), { limit: 2, perDocument: 1 });
    expect(one.related.length).toBe(2);
    expect(one.more).toBe(false);
  });

  it('leaves out words of the clause alone: they relate it to nothing', () => {
    const lonely = store.clauses.get([...store.clauses].findIndex((c) => c.text.includes('检验检测平台')));
    const query = clauseQuery(store, lonely as Clause);
    expect(query.length).toBeGreaterThan(0);
    for (const t of query) expect(store.documentFrequency(t.term), t.term).toBeGreaterThanOrEqual(2);
  });

  it('serves them on the API with the shared terms marked, on contract', async () => {
    const app = createApp({ index: () => store, logger: pino({ level: 'silent' }) });
    const id = store.clauses.get(source())?.id as string;
    const res = await api(app).get(`/api/clauses/${id}/related?limit=3&perDoc=1`);
    expect(res.status).toBe(200);
    expect(res.body.source.id).toBe(id);
    expect(res.body.related.length).toBeLessThanOrEqual(3);
    expect(res.body.terms[0]).toMatchObject({ term: expect.any(String), weight: expect.any(Number) });
    for (const hit of res.body.related) {
      expect(hit.highlight).toContain('<mark>');
      expect(unmark(hit.highlight)).toBe(hit.text);
    }
    // Marks of adjacent shared terms run together (仿制药一致性评价).
    expect(res.body.source.highlight).toMatch(/<mark>[^<]*一致性评价[^<]*<\/mark>/);
    expect(res.body.source.highlight).not.toMatch(/<mark>一<\/mark>/);
  });
});

describe('GET /api/clauses/:id/related on the corpus', () => {
  const { get } = api(testApp());

  it('relates a clause to clauses of other provinces', async () => {
    const res = await get('/api/clauses/jilin-2021/3.2.7/related');
    expect(res.status).toBe(200);
    const docs = new Set(res.body.related.map((h: { doc: { id: string } }) => h.doc.id));
    expect(docs.has('jilin-2021')).toBe(false);
    expect(docs.size).toBeGreaterThanOrEqual(2);
    expect(res.body.related.length).toBe(6);
  });

  it('answers 404 for an unknown clause, and 400 for a bad limit or an unknown province', async () => {
    expect((await get('/api/clauses/jilin-2021/9.9.9/related')).body.error.code).toBe('NOT_FOUND');
    expect((await get('/api/clauses/jilin-2021/3.2.7/related?limit=0')).body.error.code).toBe('INVALID_PARAMETER');
    expect((await get('/api/clauses/jilin-2021/3.2.7/related?province=Atlantis')).body.error.code).toBe(
      'UNKNOWN_PROVINCE',
    );
  });

  it('keeps the clause route for ids (a clause is still read by its id)', async () => {
    expect((await get('/api/clauses/jilin-2021/3.2.7')).body.id).toBe('jilin-2021/3.2.7');
  });
});
