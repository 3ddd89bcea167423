import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzerFingerprint, normalize } from '../../indexer/analysis/index.ts';
import { buildIndex } from '../../indexer/pipeline.ts';
import { openIndexFile, writeIndex } from '../../indexer/store/persist.ts';
import { ask } from '../../server/qa/answer.ts';
import { IndexStore } from '../../server/search/index-store.ts';

// A plan written for this test (traditional characters, spaces beside Han, markup), so that a
// clause's normalised text differs from its text and its offsets matter.
const PLAN = `江西省醫藥產業發展規劃（2021-2025年）
一、发展目标
到2025年，全省**医药产业**营业收入力争达到 2000 亿元，培育智能化工厂10个。
二、重点任务
推进数字化轉型。
`;

let store: IndexStore;
let indexPath = '';
let corpus = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-clause-texts-'));
  writeFileSync(join(dir, 'jiangxi.txt'), PLAN);
  const meta = { id: 'jiangxi', title: '江西省医药产业发展规划（2021-2025年）', province: '江西', level: 'province' };
  writeFileSync(join(dir, 'jiangxi.meta.json'), JSON.stringify({ ...meta, region: { zh: '江西', en: 'Jiangxi' } }));
  const { data } = await buildIndex(dir);
  indexPath = join(dir, 'index.zci');
  corpus = data.corpus;
  writeIndex(indexPath, data);
  store = new IndexStore(openIndexFile(indexPath, { analyzer: analyzerFingerprint(), corpus }));
});

describe('clause texts normalised once per index', () => {
  it('gives each clause its text normalised with its offsets, and the same value the next time', () => {
    for (let k = 0; k < store.clauses.length; k++) {
      const text = store.clauses.get(k)?.text ?? '';
      const first = store.normalizedClause(k, text);
      expect(first).toEqual(normalize(text));
      expect(store.normalizedClause(k, text)).toBe(first);
    }
  });

  it('answers a number question the same when the texts are normalised already', () => {
    const q = '江西省到2025年力争培育多少个智能化工厂？';
    const fresh = new IndexStore(openIndexFile(indexPath, { analyzer: analyzerFingerprint(), corpus }));
    const first = ask(fresh, q);
    expect(first.answer?.text).toBe('10个');
    expect(ask(fresh, q)).toEqual(first);
  });
});
