import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../server/qa/answer.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { writtenIndex } from '../helpers/written-index.ts';

// Three plans and a national regulation written for these tests (not from the corpus), each saying
// something of cold-chain logistics in its own words, and one not at all.
const plan = (province: string, body: string) => `# ${province}医药产业高质量发展行动方案

## 一、主要目标

到2030年，${province}新增国家级重点实验室3个，建成省级重点实验室20个。

## 二、重点任务

${body}
`;

let store: IndexStore;

beforeAll(async () => {
  store = await writtenIndex({
    '湖南省医药产业高质量发展行动方案.md': plan(
      '湖南省',
      '（一）完善物流网络。加快建设医药冷链物流体系，推动城乡配送一体化。',
    ),
    '湖北省医药产业高质量发展行动方案.md': plan(
      '湖北省',
      '（一）提升流通能力。支持龙头企业建立覆盖全省的药品冷链物流体系和追溯平台。',
    ),
    '广西壮族自治区医药产业高质量发展行动方案.md': plan(
      '广西壮族自治区',
      '（一）培育龙头企业。支持企业兼并重组，做大做强。',
    ),
    '疫苗储存管理条例.md': `# 疫苗储存管理条例

（2031年3月1日中华人民共和国国务院令第900号公布）

第一条 为了加强疫苗储存管理，制定本条例。

第二条 国务院药品监督管理部门负责全国疫苗储存监督管理工作。
`,
  });
});

describe('a compare question asking how each document puts something', () => {
  it('gives each region its own words, and no row to a region that does not say it', () => {
    const r = ask(store, '各规划在冷链物流体系上分别怎么表述？');
    const rows = Object.fromEntries((r.rows ?? []).map((row) => [row.province, row.text]));
    expect(rows['湖南']).toContain('加快建设医药冷链物流体系');
    expect(rows['湖北']).toContain('建立覆盖全省的药品冷链物流体系');
    expect(rows['广西']).toBeUndefined();
  });

  it('is read the same way in English, naming no region or each', () => {
    for (const q of [
      'Which plans mention a cold chain logistics system, and in what form?',
      'How do Hunan and Hubei describe their cold chain logistics systems?',
    ]) {
      const rows = Object.fromEntries((ask(store, q).rows ?? []).map((row) => [row.province, row.text]));
      expect(Object.keys(rows).sort()).toEqual(['湖北', '湖南']);
      expect(rows['湖南']).toContain('加快建设医药冷链物流体系');
    }
  });

  it('leaves a number compare to the figures (what do they target, and how)', () => {
    const r = ask(store, '湖南和湖北到2030年分别新增多少个国家级重点实验室，怎么说的？');
    expect((r.rows ?? []).map((row) => row.text)).toEqual(['3个', '3个']);
  });
});

describe('what is not a question for how documents put something', () => {
  it('is a question with 各 inside another word, 如何提高, or "and how many"', () => {
    for (const q of [
      '药品经营企业应当采取哪些措施保障各环节质量？',
      '湖南省如何提高冷链物流水平？',
      'Which plans mention cold chain logistics, and how many centres do they plan?',
    ]) {
      const a = analyzeQuestion(store, q);
      expect(a.phrasing, q).toBeUndefined();
      expect(a.spread, q).not.toBe('compare');
    }
  });
});

describe('"national" beside a province', () => {
  it('says what is asked of the province, not a second region to compare', () => {
    expect(store.regions.resolve('全国')).toBeDefined();
    const r = ask(store, 'How many national key laboratories will Hunan add by 2030?');
    expect(r.rows).toBeUndefined();
    expect(r.answer?.text).toMatch(/^3个/);
  });
});
