import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { ask } from '../../server/qa/answer.ts';
import { IndexStore } from '../../server/search/index-store.ts';

// Two versions of one regulation written for these tests (not from the corpus): as passed in 2030,
// and as amended in 2034, when the authority its second article names changed.
const header = (lines: string) => `# 湖南省疫苗储存条例

${lines}

## 第一章 总则

第一条 为了规范疫苗储存，制定本条例。
`;
const PASSED = `${header('2030年5月20日 湖南省人民代表大会常务委员会第五次会议通过')}
第二条 疫苗储存单位的设立，由省人民政府卫生健康主管部门审批。
`;
const AMENDED = `${header(`2030年5月20日 湖南省人民代表大会常务委员会第五次会议通过

2034年3月30日 湖南省人民代表大会常务委员会第九次会议《关于修改部分地方性法规的决定》修正`)}
第二条 疫苗储存单位的设立，由省人民政府药品监督管理部门审批。
`;

let store: IndexStore;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-versions-'));
  writeFileSync(join(dir, '湖南省疫苗储存条例(2030-05-20).md'), PASSED);
  writeFileSync(join(dir, '湖南省疫苗储存条例(2034-03-30).md'), AMENDED);
  store = new IndexStore((await buildIndex(dir)).data);
});

describe('a question on a law held in two versions', () => {
  it('is answered from the version of the year it names', () => {
    const r = ask(store, '2030年通过的湖南省疫苗储存条例规定，疫苗储存单位的设立由哪个部门审批？');
    expect(r.citations[0]?.text).toContain('卫生健康主管部门');
  });

  it('is answered from the original or the current version as it asks', () => {
    const original = ask(
      store,
      'Under the original Hunan vaccine storage regulation (湖南省疫苗储存条例), which department approves setting up a vaccine storage unit (疫苗储存单位)?',
    );
    expect(original.citations[0]?.text).toContain('卫生健康主管部门');
    const current = ask(store, '现行湖南省疫苗储存条例规定，疫苗储存单位的设立由哪个部门审批？');
    expect(current.citations[0]?.text).toContain('药品监督管理部门');
  });
});
