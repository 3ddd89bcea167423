import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzerFingerprint } from '../../indexer/analysis/analyzer.ts';
import { buildIndex } from '../../indexer/pipeline.ts';
import { openIndexFile, writeIndex } from '../../indexer/store/persist.ts';
import { ask } from '../../server/qa/answer.ts';
import { IndexStore } from '../../server/search/index-store.ts';

// Three plans written for this test (not from the corpus), one per province, each with its own
// figure of the same metric, so that a compare question has something to look up in each.
const plan = (province: string, n: number) => `${province}省医药产业发展规划（2021-2025年）
一、发展目标
到2025年，全省医药产业营业收入力争达到${n}亿元，培育年营业收入超5亿元的企业${n / 100}家。
二、重点任务
推进数字化转型。
`;
const PROVINCES = [
  ['hunan', '湖南', 'Hunan', 3000],
  ['hubei', '湖北', 'Hubei', 5000],
  ['jiangxi', '江西', 'Jiangxi', 2000],
] as const;

let store: IndexStore;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-compare-'));
  for (const [id, zh, en, n] of PROVINCES) {
    writeFileSync(join(dir, `${id}.txt`), plan(zh, n));
    const meta = {
      id,
      title: `${zh}省医药产业发展规划（2021-2025年）`,
      region: { zh, en },
      province: zh,
      level: 'province',
    };
    writeFileSync(join(dir, `${id}.meta.json`), JSON.stringify({ ...meta, period: { from: 2021, to: 2025 } }));
  }
  const { data } = await buildIndex(dir);
  const path = join(dir, 'index.zci');
  writeIndex(path, data);
  // Opened as the server opens it: a province's facts are read from the file when first asked for.
  store = new IndexStore(openIndexFile(path, { analyzer: analyzerFingerprint(), corpus: data.corpus }));
});

describe('a compare question looks up each region’s facts once', () => {
  it('looks up the two regions named once each, and reads only their facts from the file', () => {
    const before = store.factTable.counters;
    const r = ask(store, '湖南和湖北分别计划培育多少家年营业收入超5亿元的企业？');
    expect(r.rows?.map((x) => [x.province, x.text])).toEqual([
      ['湖南', '30家'],
      ['湖北', '50家'],
    ]);
    const after = store.factTable.counters;
    expect(after.lookups - before.lookups).toBe(2);
    expect(after.provinceReads - before.provinceReads).toBe(2);
  });

  it('looks up every region once when the question asks of each province, reading only those not read yet', () => {
    const before = store.factTable.counters;
    const r = ask(store, '各省医药产业营业收入目标分别是多少？');
    expect(r.rows?.map((x) => x.province).sort()).toEqual(['江西', '湖北', '湖南'].sort());
    const after = store.factTable.counters;
    expect(after.lookups - before.lookups).toBe(3);
    // 湖南 and 湖北 were read by the question before; their facts are kept.
    expect(after.provinceReads - before.provinceReads).toBe(1);
  });
});
