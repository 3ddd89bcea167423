import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { buildLexicon } from '../../indexer/store/lexicon.ts';
import { ask } from '../../server/qa/answer.ts';
import { asksDocNumber, asksForIssue } from '../../server/qa/metadata-answer.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import { namingWords } from '../../server/qa/question-terms.ts';
import { retrieve } from '../../server/qa/retrieve.ts';
import { IndexStore } from '../../server/search/index-store.ts';

// Two documents written for these tests (not from the corpus): a provincial regulation adopted once
// and amended twice, its dates in its header; and a notice with its number under the title, whose
// measures take effect on a date its last paragraph gives.
const REGULATION = `# 湖南省医疗器械经营条例

2011年5月20日 湖南省第十一届人民代表大会常务委员会第二十二次会议通过

2016年9月29日 湖南省第十二届人民代表大会常务委员会第二十五次会议《关于修改部分地方性法规的决定》第一次修正

2023年3月30日 湖南省第十四届人民代表大会常务委员会第二次会议《关于修改部分地方性法规的决定》第二次修正

## 第一章 总则

第一条 为了规范医疗器械经营行为，制定本条例。

第二条 省人民政府药品监督管理部门负责全省医疗器械经营的监督管理。
`;

const NOTICE = `# 湖南省人民政府办公厅关于印发《湖南省冷链药品配送若干措施》的通知

湘政办发〔2030〕12号

各市州人民政府，省政府各厅委、各直属机构：

《湖南省冷链药品配送若干措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。

一、支持冷链药品配送中心建设，对新建配送中心给予一次性奖励。

二、本措施自2031年1月1日起实施，有效期至2035年12月31日。
`;

// A second regulation on the same things, so that only its title tells a question which law it means.
const STORAGE = `# 湖南省医疗器械仓储条例

2024年6月1日 湖南省第十四届人民代表大会常务委员会第十次会议通过

## 第一章 总则

第一条 为了规范医疗器械仓储，制定本条例。

第二条 本条例所称医疗器械仓储企业，是指为医疗器械经营企业提供贮存和配送服务的企业。

第三条 医疗器械仓储企业应当建立温度监测制度，监测记录保存不少于三年。

第四条 冷库，是指温度控制在二至八摄氏度的贮存场所。

第五条 本条例所称冷链物流，是指医疗器械在贮存和运输中始终处于规定温度的物流活动。
`;

let store: IndexStore;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-docfacts-'));
  writeFileSync(join(dir, '湖南省医疗器械经营条例(2023-03-30).md'), REGULATION);
  writeFileSync(join(dir, '湖南省人民政府办公厅关于印发《湖南省冷链药品配送若干措施》的通知.md'), NOTICE);
  writeFileSync(join(dir, '湖南省医疗器械仓储条例(2024-06-01).md'), STORAGE);
  store = new IndexStore((await buildIndex(dir)).data);
});

describe("a document's dates and number", () => {
  it('answers the n-th amendment when the question says which, the latest when it does not', () => {
    expect(ask(store, '湖南省医疗器械经营条例第一次修正是什么时候？').answer?.text).toBe('2016年9月29日');
    expect(ask(store, '湖南省医疗器械经营条例什么时候修正的？').answer?.text).toBe('2023年3月30日');
    expect(ask(store, 'When was the Hunan medical device regulation first amended?').answer?.text).toBe(
      '2016年9月29日',
    );
  });

  it('answers a document number as its text writes it', () => {
    expect(ask(store, '冷链药品配送若干措施的文号是什么？').answer?.text).toBe('湘政办发〔2030〕12号');
    expect(asksDocNumber(analyzeQuestion(store, 'What is the order number of the cold-chain measures?'))).toBe(true);
  });

  it("answers a period question from the metadata only when it asks for the document's own years", () => {
    expect(asksForIssue(analyzeQuestion(store, '冷链药品配送若干措施覆盖哪几年？'))).toBe(true);
    expect(asksForIssue(analyzeQuestion(store, 'In which period did Hunan build its cold-chain centres?'))).toBe(false);
    expect(asksForIssue(analyzeQuestion(store, '在哪几年间全省建成了冷链配送中心？'))).toBe(false);
  });

  it("reads an English question for a document's issue in any form of the verb (when did it issue)", () => {
    for (const q of [
      'When did Hunan issue the cold-chain measures?',
      'When were the cold-chain measures issued?',
      'On what date did the general office publish the cold-chain measures?',
    ])
      expect(asksForIssue(analyzeQuestion(store, q))).toBe(true);
    expect(asksForIssue(analyzeQuestion(store, 'When must a distributor report a cold-chain failure?'))).toBe(false);
    expect(asksForIssue(analyzeQuestion(store, 'When must a distributor report a cold-chain issue?'))).toBe(false);
  });

  it('finds the document a question names by its title, not by the best-matching clause', () => {
    // Both documents are from Hunan: the title decides which one the question is about.
    expect(ask(store, '冷链药品配送若干措施自何时起实施？').answer?.text).toBe('2031年1月1日');
  });

  it("does not read a word ending in 文号 (批准文号, a product's approval number) as asking for one", () => {
    expect(asksDocNumber(analyzeQuestion(store, '冷链药品配送若干措施中药品批准文号由哪个部门审批？'))).toBe(false);
    expect(asksDocNumber(analyzeQuestion(store, '冷链药品配送若干措施的文号是什么？'))).toBe(true);
  });

  it('declines a document number a document does not write', () => {
    const r = ask(store, '湖南省医疗器械经营条例的文号是什么？');
    expect(r.answer).toBeNull();
  });
});

describe('the clauses of the document an English question names', () => {
  // A regulation, and measures of another body that quote its title in a clause holding the
  // question's other words too: only the title says which document is meant.
  let two: IndexStore;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-named-'));
    writeFileSync(
      join(dir, '湖南省疫苗储存条例(2030-01-01).md'),
      '# 湖南省疫苗储存条例\n\n第一条 为了规范疫苗储存，制定本条例。\n\n第二条 温度记录保存五年。\n',
    );
    writeFileSync(
      join(dir, '湖南省疫苗配送办法(2030-02-01).md'),
      '# 湖南省疫苗配送办法\n\n第一条 为了规范疫苗配送，制定本办法。\n\n第二条 配送企业的温度记录按照疫苗储存条例的规定保存，储存疫苗的记录一并保存。\n',
    );
    // CC-CEDICT's senses of the words, as a lookup made for the test (the real one is loaded by the indexer).
    const senses: Record<string, string[]> = {
      储存: ['to store; storage'],
      条例: ['regulations'],
      温度: ['temperature'],
      记录: ['record; records'],
      保存: ['to keep; to preserve'],
    };
    const vocabulary = Object.keys(senses).map((w) => [w, 2] as const);
    two = new IndexStore(
      (await buildIndex(dir)).data,
      buildLexicon('test', vocabulary, (w) => senses[w] ?? []),
    );
  });

  it('come first, ranked on the words besides the title', () => {
    const q = analyzeQuestion(two, 'Under the vaccine storage regulation, how long are temperature records kept?');
    const first = retrieve(two, q, q.regions)[0];
    expect(first && two.clauses.get(first.index)?.text).toBe('第二条 温度记录保存五年。');
  });
});

describe('the chapter of a law that deals with something', () => {
  it('is the chapter most of the best clauses are in, answered with its label and heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-chapter-'));
    writeFileSync(
      join(dir, '湖南省血液制品管理条例(2030-03-01).md'),
      [
        '# 湖南省血液制品管理条例',
        '## 第一章 总则',
        '第一条 为了加强血液制品管理，制定本条例。',
        '## 第二章 原料血浆的采集',
        '第二条 单采血浆站采集原料血浆，应当核对供血浆者的身份。',
        '第三条 单采血浆站应当对采集的原料血浆进行检测。',
        '## 第三章 法律责任',
        '第四条 违反本条例规定的，处五万元以上十万元以下的罚款。',
      ].join('\n\n'),
    );
    const own = new IndexStore((await buildIndex(dir)).data);
    expect(ask(own, '湖南省血液制品管理条例哪一章规定了原料血浆的采集和检测？').answer?.text).toBe(
      '第二章 原料血浆的采集',
    );
  });

  it('reads the words of an English question that name a document, not the ones it asks about', () => {
    expect([...namingWords('Which chapter of the Biosecurity Law deals with labs')]).toEqual(['law', 'biosecurity']);
    expect([...namingWords('When was the Regulation on Narcotic Drugs first issued')]).toEqual([
      'regulation',
      'narcotic',
      'drugs',
    ]);
    expect(namingWords('What does the city want to build').size).toBe(0);
  });
});

describe('articles and definitions of the law a question names', () => {
  it('answers 第几条 from the law named by its title, not from another on the same things', () => {
    expect(ask(store, '湖南省医疗器械仓储条例第几条规定了监测记录的保存期限？').answer?.text).toMatch(/^第三条/);
    expect(ask(store, '湖南省医疗器械经营条例第几条规定了监督管理部门？').answer?.text).toMatch(/^第二条/);
  });

  it('answers what a term means with the meaning its law gives it (所称X，是指Y; X，是指Y)', () => {
    expect(ask(store, '湖南省医疗器械仓储条例所称医疗器械仓储企业是指什么？').answer?.text).toBe(
      '为医疗器械经营企业提供贮存和配送服务的企业',
    );
    expect(ask(store, '冷库的定义是什么？').answer?.text).toBe('温度控制在二至八摄氏度的贮存场所');
    expect(ask(store, 'How does the Hunan storage regulation define "cold chain logistics"?').answer?.text).toBe(
      '医疗器械在贮存和运输中始终处于规定温度的物流活动',
    );
  });
});
