// Where a sentence names who acts (sentences written for these tests, in the manner of laws and plans).
import { describe, expect, it } from 'vitest';
import { sentences } from '../../indexer/figures/index.ts';
import { agentPosition, asksActor } from '../../server/qa/agent-position.ts';

const at = (text: string, name: string, nth = 0) => {
  const s = sentences(text).find((x) => x.text.includes(name)) as NonNullable<ReturnType<typeof sentences>[number]>;
  let from = -1;
  for (let k = 0; k <= nth; k++) from = s.text.indexOf(name, from + 1);
  return agentPosition(s, s.start + from);
};

describe('the agent of a sentence', () => {
  it('is the name at the head of a clause, not the one after 会同, nor a later item of a list', () => {
    const text = '甲市卫生局应当会同乙市药品监督管理局制定煎药服务规范。';
    expect(at(text, '甲市卫生局')).toBe(1);
    expect(at(text, '乙市药品监督管理局')).toBe(0);
    // The list as a whole (丙县、丁县林业主管部门) heads the clause.
    expect(at('丙县、丁县林业主管部门负责苗木调查。', '丙县')).toBe(1);
    expect(at('丙县、丁县林业主管部门负责苗木调查。', '丁县林业主管部门')).toBe(0);
  });

  it('is not a name in brackets after an object', () => {
    expect(at('委托第三方机构（壬检测中心）开展评估。', '壬检测中心')).toBe(0);
  });

  it('heads a clause after a comma, a semicolon, a colon or a label', () => {
    expect(at('建立果蔬数据库，戊省农业局应当会同有关部门建设种子库。', '戊省农业局')).toBe(1);
    expect(at('建设三个中试平台。（责任部门：市经信委）', '市经信委')).toBe(1);
    expect(at('第十二条 己市环保局负责本市噪声监测工作。', '己市环保局')).toBe(1);
    expect(at('（二）庚区商务局负责展会组织；', '庚区商务局')).toBe(1);
  });

  it('follows 由, the mark of the agent, and nowhere else inside a clause', () => {
    expect(at('违反本条例规定的，由辛县市场监管局责令改正。', '辛县市场监管局')).toBe(1);
    expect(at('企业应当向辛县市场监管局报告。', '辛县市场监管局')).toBe(0);
    // 由 ending another word (理由) marks no agent.
    expect(at('当事人有正当理由癸县卫生局可以延期。', '癸县卫生局')).toBe(0);
  });

  it('is asked for by a question for an authority, a body or a party, not for a place or a thing', () => {
    expect(asksActor({ asked: ['部门'] })).toBe(true);
    expect(asksActor({ asked: ['单位', '个人'] })).toBe(true);
    expect(asksActor({ asked: ['品牌'] })).toBe(false);
    expect(asksActor({ asked: [] })).toBe(false);
  });
});
