import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { ask } from '../../server/qa/answer.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import { withItems } from '../../server/qa/span-answer.ts';
import { IndexStore } from '../../server/search/index-store.ts';

// A regulation written for these tests (not from the corpus), with articles, a licence's term,
// a deadline in working days, fines as ranges and multiples, and the date it takes effect.
const LAW = `湖南省药品仓储管理条例
第一章 总则
第一条 为了加强药品仓储管理，保障用药安全，制定本条例。
第二条 省人民政府药品监督管理部门负责全省药品仓储的监督管理。
第二章 许可
第三条 从事药品仓储活动，应当取得药品仓储许可证。药品仓储许可证有效期为4年。
第四条 药品监督管理部门应当自受理申请之日起15个工作日内作出决定。
第五条 药品仓储企业应当建立温湿度监测制度，监测记录保存不少于2年。
第六条 申请药品仓储许可证，应当具备下列条件：
（一）有与仓储规模相适应的库房；
（二）有专职的质量管理人员；
（三）有自动温湿度监测设备。
第三章 法律责任
第七条 违反本条例规定，未取得药品仓储许可证从事仓储活动的，处货值金额三倍以上八倍以下的罚款。
第八条 违反本条例规定，未建立温湿度监测制度的，处2万元以上8万元以下的罚款。
第九条 有下列情形之一的，由药品监督管理部门责令改正，处五千元以上三万元以下的罚款：
（一）未按规定公示仓储收费标准的；
（二）仓储场所变更后未及时办理登记的。
第十条 对新建冷链仓库的企业，按设备实际投资额的15%给予补助，最高不超过200万元。
第四章 附则
第十一条 本条例自2031年7月1日起施行。
第十二条 药品仓储企业连续停业六个月以上，恢复营业前未书面报告的，处1万元以上3万元以下的罚款。
第十三条 药品监督管理部门对冷链药品仓储企业每年至少检查两次，检查结果向社会公开。
第十四条 药品仓储企业应当按照下列规定对库房实行色标管理：
（一）合格药品区为绿色；
（二）待验药品区为黄色；
（三）不合格药品区为红色。
第十五条 许可证有效期届满需要继续经营的，应当在有效期届满前3个月申请换证。出库单据应当保存至药品有效期届满后两年。
`;

let store: IndexStore;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-law-'));
  writeFileSync(join(dir, 'hunan-storage.txt'), LAW);
  writeFileSync(
    join(dir, 'hunan-storage.meta.json'),
    JSON.stringify({
      id: 'hunan-storage',
      title: '湖南省药品仓储管理条例',
      region: { zh: '湖南', en: 'Hunan' },
      province: '湖南',
      level: 'province',
    }),
  );
  store = new IndexStore((await buildIndex(dir)).data);
});

describe('questions on laws and rules', () => {
  it('answers a list with the items a lead-in clause leads into, citing them', () => {
    const r = ask(store, '申请药品仓储许可证应当具备哪些条件？', [], { threshold: 0 });
    for (const item of ['有与仓储规模相适应的库房', '有专职的质量管理人员', '有自动温湿度监测设备'])
      expect(r.answer?.text).toContain(item);
    expect(r.answer?.text).not.toMatch(/[（(]一[）)]/);
    expect(r.citations.map((c) => c.text)).toContain('（二）有专职的质量管理人员；');
  });

  it('reads the items a lead-in leads into with it: an item that says only its case is found through the lead-in', () => {
    // Only the lead-in says 库房 and 色标; the item says which area is which colour.
    const lead = [...Array(store.clauses.length).keys()].find((k) => store.clauses.get(k)?.text.includes('色标管理'));
    expect(lead).toBeDefined();
    const read = withItems(store, [{ index: lead as number, score: 1 }]);
    expect(read.map((r) => store.clauses.get(r.index)?.text)).toEqual([
      expect.stringContaining('色标管理'),
      '（一）合格药品区为绿色；',
      '（二）待验药品区为黄色；',
      '（三）不合格药品区为红色。',
    ]);
    expect(read.every((r) => r.rank === 0)).toBe(true);
    expect(read[2]?.leadText).toContain('色标管理');
    const r = ask(store, '库房色标管理中，待验药品区为什么颜色？', [], { threshold: 0 });
    expect(r.answer?.text).toContain('黄色');
    expect(r.citations[0]?.text).toBe('（二）待验药品区为黄色；');
  });

  it('answers a time tied to an event with the event: a deadline before an expiry, a keeping period after it', () => {
    const when = ask(store, '许可证有效期届满需要继续经营的，应当在什么时候申请换证？', [], { threshold: 0 });
    expect(when.answer?.text).toContain('有效期届满前3个月');
    // A question for how long before the end asks for the deadline, not for the term: no metric of
    // products (药品) is read into it.
    const before = analyzeQuestion(store, '许可证有效期届满前多久申请换证？');
    expect(before.metric).toBeUndefined();
    expect(before.deadline).toBe('before');
    const ahead = ask(store, 'How long before the licence expires must the holder apply to renew it?');
    expect(ahead.answer?.text).toContain('有效期届满前3个月');
    const kept = ask(store, '出库单据要保存多长时间？', [], { threshold: 0 });
    expect(kept.answer?.text).toBe('药品有效期届满后两年');
  });

  it('keeps a glossary phrase made with question words whole (come into force, not come and force)', () => {
    const forms = analyzeQuestion(store, 'When does the regulation come into force?').focus.flatMap((f) => f.forms);
    expect(forms).toContain('施行');
    expect(ask(store, 'When does the storage regulation come into force?').answer?.text).toBe('2031年7月1日');
  });

  it('answers which body acts with an authority, in Chinese and in English', () => {
    const zh = ask(store, '哪个机构负责全省药品仓储的监督管理？', [], { threshold: 0 }).answer?.text;
    expect(zh).toContain('药品监督管理部门');
    const q = analyzeQuestion(store, 'Which body supervises drug warehousing in the province?');
    expect(q.asked).toEqual(expect.arrayContaining(['部门', '委员会', '机构']));
    // Who as the question word asks for a party too; WHO, the organisation, does not ask.
    expect(analyzeQuestion(store, 'To whom must the application be submitted?').asked).toContain('单位');
    expect(analyzeQuestion(store, 'WHO prequalified vaccines: what is the target?').asked).not.toContain('部门');
    expect(analyzeQuestion(store, '谁负责全省药品仓储的监督管理？').asked).toContain('个人');
    const en = ask(store, 'Which body supervises drug warehousing in the province?', [], { threshold: 0 });
    expect(en.answer?.text).toContain('药品监督管理部门');
  });

  it('answers a length of time with the duration stated, not a count elsewhere', () => {
    expect(ask(store, '药品仓储许可证的有效期是几年？', [], { threshold: 0 }).answer?.text).toBe('4年');
    // …counted from the event the rule names.
    expect(ask(store, '药品监督管理部门应当在多少个工作日内作出决定？', [], { threshold: 0 }).answer?.text).toBe(
      '自受理申请之日起15个工作日内',
    );
  });

  it('answers a fine whose conditions are the items its article leads into', () => {
    expect(ask(store, '仓储场所变更后未及时办理登记的，处多少罚款？', [], { threshold: 0 }).answer?.text).toBe(
      '五千元以上三万元以下',
    );
  });

  it('answers a share asked for in general (多少比例) with the percentage, whatever it is of', () => {
    expect(
      ask(store, '新建冷链仓库的企业按设备实际投资额的多少比例给予补助？', [], { threshold: 0 }).answer?.text,
    ).toBe('15%');
  });

  it('answers a fine with its range, and a multiple with both ends', () => {
    expect(ask(store, '未建立温湿度监测制度的，处多少罚款？', [], { threshold: 0 }).answer?.text).toBe(
      '2万元以上8万元以下',
    );
    // A fine is a metric of its own: the question's and the figure's agree.
    expect(analyzeQuestion(store, '未建立温湿度监测制度的，处多少罚款？').metric?.head).toBe('罚款');
    const fine = store.factsIn([]).find((f) => f.text === '2万元以上8万元以下');
    expect(fine?.head).toBe('罚款');
    // 幅度 asks for the range: how the question asks, not a word the answer's sentence must write.
    const q = analyzeQuestion(store, '未建立温湿度监测制度的，罚款幅度是多少？');
    expect(q.focus.flatMap((f) => f.forms)).not.toContain('幅度');
    expect(ask(store, '未建立温湿度监测制度的，罚款幅度是多少？').answer?.text).toBe('2万元以上8万元以下');
    expect(ask(store, '未取得许可证从事仓储活动的，罚款为货值金额的多少倍？', [], { threshold: 0 }).answer?.text).toBe(
      '三倍以上八倍以下',
    );
  });

  it("reads an English question for a fine as asking for one, written out or contracted (what's)", () => {
    for (const text of [
      "What's the fine for not keeping temperature records?",
      'What is the fine for not keeping temperature records?',
    ])
      expect(analyzeQuestion(store, text)).toMatchObject({ shape: 'number', unit: 'money' });
  });

  it('answers 第几条 with the article label and its words', () => {
    const r = ask(store, '湖南省药品仓储管理条例第几条规定了监测记录的保存期限？');
    expect(r.answer?.text).toMatch(/^(第二章)?第五条 药品仓储企业应当建立温湿度监测制度/);
  });

  it('never answers with a figure the question itself states as its condition', () => {
    // 六个月以上 is in the question and in the article: the question wants the article's other figure.
    expect(ask(store, '药品仓储企业连续停业六个月以上未报告的，罚多少？').answer?.text).toBe('1万元以上3万元以下');
  });

  it('answers how often with the frequency the rule writes, in Chinese and in English', () => {
    expect(ask(store, '药品监督管理部门多久检查一次冷链药品仓储企业？').answer?.text).toBe('每年至少检查两次');
    expect(
      ask(store, 'How often must the drug regulator inspect cold-chain drug storage enterprises (冷链药品仓储企业)?')
        .answer?.text,
    ).toBe('每年至少检查两次');
  });

  it('does not read an order number the question writes as asking for one, nor a when-question', () => {
    const q = analyzeQuestion(store, 'When did the Hunan drug storage regulation (Order No. 12) take effect?');
    expect(q.shape).toBe('when');
    expect(ask(store, 'When did the Hunan drug storage regulation (Order No. 12) take effect?').answer?.text).toBe(
      '2031年7月1日',
    );
    expect(analyzeQuestion(store, 'What is the effective date of the Hunan drug storage regulation?').shape).toBe(
      'when',
    );
  });

  it('reads the subject an English question names before a colon as what it asks for', () => {
    const q = analyzeQuestion(store, 'Fines: what does the Hunan drug storage regulation set for unlicensed storage?');
    expect(q.asked).toContain('罚款');
  });

  it('gives a date a law writes in English as an ISO date', () => {
    const r = ask(store, 'When does the Hunan drug storage regulation (湖南省药品仓储管理条例) take effect?');
    expect(r.answer?.english).toBe('2031-07-01');
  });

  it('answers when a law takes effect from the date its text gives', () => {
    expect(ask(store, '湖南省药品仓储管理条例自何时起施行？').answer?.text).toBe('2031年7月1日');
    expect(
      ask(store, 'When does the Hunan drug storage regulation (湖南省药品仓储管理条例) take effect?').answer?.text,
    ).toBe('2031年7月1日');
  });
});
