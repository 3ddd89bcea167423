import { describe, expect, it } from 'vitest';
import { askedFocus } from '../../server/qa/question-focus.ts';
import {
  askedMetric,
  askedTimeUnit,
  askedUnit,
  givenFigures,
  writtenNumbers,
} from '../../server/qa/question-measure.ts';
import { questionShape, shapeOf } from '../../server/qa/question-shape.ts';

// Questions written for these tests (not from the corpus): what 多少 attaches to, read from the
// sentence's parts of speech.
describe('what 多少 asks about', () => {
  it('counts the noun after a classifier, past a qualifier that ends in 的', () => {
    expect(askedFocus('湖南计划培育多少家年营业收入超5亿元的企业？')).toMatchObject({ unit: '家', phrase: '企业' });
    expect(askedFocus('全省有多少家省级示范工厂？')).toMatchObject({ unit: '家', phrase: '省级示范工厂' });
  });

  it('asks for the amount of the noun right after it (处多少罚款)', () => {
    expect(askedFocus('未办理登记的，处多少罚款？')).toEqual({ phrase: '罚款', named: true });
  });

  it('asks for money granted when a grant verb comes before it', () => {
    expect(askedFocus('首次认定的企业最高奖励多少？')).toMatchObject({ want: 'support' });
  });
});

// English questions written for these tests: the question word of the main clause, and the unit of a count.
describe('what an English question asks for', () => {
  it('is a when-question only when "when" asks, not when it starts a clause inside another question', () => {
    expect(shapeOf('when did the regulation take effect?', true)).toBe('when');
    expect(shapeOf('under the law, when must a licence be renewed?', true)).toBe('when');
    expect(shapeOf('which older rule was repealed when the regulation took effect?', true)).toBe('which');
  });

  it('asks for a figure when an English question asks for the top, longest or greatest of something, or a term of office', () => {
    expect(shapeOf("what's the top grant a hunan start-up can receive?", true)).toBe('number');
    expect(shapeOf('what is the longest term for which a hunan licence is valid?', true)).toBe('number');
    expect(shapeOf('what is the term of office of a hunan lab director?', true)).toBe('number');
    expect(shapeOf('what protection terms apply to a grade-2 variety?', true)).toBe('number');
    expect(shapeOf('what funding can a hunan start-up get?', true)).toBe('number');
    // Terms that are conditions, a top that is a rank, and funding that is a channel ask for words.
    expect(shapeOf('what terms must a hunan supply contract include?', true)).toBe('what');
    expect(shapeOf('what does hunan do for its top firms?', true)).toBe('what');
    expect(shapeOf('what is the top priority of the hunan plan?', true)).toBe('what');
    expect(shapeOf('what are the top three tasks of the hunan plan?', true)).toBe('what');
    expect(shapeOf('what is the biggest challenge for hunan?', true)).toBe('what');
    expect(shapeOf('what funding channels does hunan open?', true)).toBe('what');
    expect(shapeOf('what is the funding mechanism of the hunan plan?', true)).toBe('what');
    expect(shapeOf('what award does hunan set up?', true)).toBe('what');
  });

  it('counts people in 人, and reads the counted noun from the words right after "how many"', () => {
    const norm = 'how many people normally sit on a city key lab’s academic committee?';
    expect(askedUnit(norm, true, undefined)).toBe('人');
    expect(askedMetric(norm, norm, true)?.head).toBe('人数');
  });

  it('reads the unit of time a question for a length of time names, in either language', () => {
    expect(askedTimeUnit('应当在多少个工作日内作出决定？', false)).toBe('工作日');
    expect(askedTimeUnit('有效期为几年？', false)).toBe('年');
    expect(askedTimeUnit('within how many working days must it decide?', true)).toBe('工作日');
    expect(askedTimeUnit('how many months does it last?', true)).toBe('月');
    expect(askedTimeUnit('how long does it last?', true)).toBeUndefined();
  });
});

// Chinese questions written for these tests: the unit 多少 asks for comes from what it attaches to.
describe('a Chinese question for money', () => {
  it('asks for money when a verb of fining or paying comes before 多少, whatever nouns the question names', () => {
    // 企业 and 实验室 would suggest counts; the verb before 多少 says a sum is asked.
    expect(askedUnit('停产半年的企业会被罚多少？', false, undefined)).toBe('money');
    expect(askedUnit('财政每年给每个实验室拨多少？', false, undefined)).toBe('money');
  });

  it('asks for money when a money noun follows 多少 within a few characters', () => {
    expect(askedUnit('每个实验室每年有多少运行经费？', false, undefined)).toBe('money');
    expect(askedUnit('全省有多少家实验室？', false, undefined)).toBe('家');
  });
});

describe('a Chinese question for a count', () => {
  it('asks for the count unit after 几 or 多少, any count unit of units.json (几次, 几届, 多少例)', () => {
    const none = { heads: [], plural: false, actor: false };
    expect(askedUnit('评审最多可以申请几次？', false, undefined)).toBe('次');
    expect(askedUnit('主任最多可以连任几届？', false, undefined)).toBe('届');
    expect(askedUnit('去年报告了多少例不良反应？', false, undefined)).toBe('例');
    expect(questionShape('主任最多可以连任几届？', false, 0, none).shape).toBe('number');
    // 哪几 asks which, and 第几条 for an article, whatever unit follows.
    expect(questionShape('哪几届委员会参与了评审？', false, 0, none).shape).not.toBe('number');
    expect(questionShape('条例第几条规定了评审制度？', false, 0, none).shape).not.toBe('number');
  });
});

describe('an English question for a place', () => {
  it('asks for a place when a word such as a province comes between which and the place noun', () => {
    const none = { heads: [], plural: false, actor: false };
    expect(questionShape('which hunan city is to focus on dental devices?', true, 1, none).entity).toBe('place');
    expect(questionShape('which county hosts the medicine town?', true, 0, none).entity).toBe('place');
    expect(questionShape('which department fines the lab?', true, 0, none).entity).not.toBe('place');
  });

  it('asks for a place by where only when where is its question word, not a clause inside it', () => {
    const none = { heads: [], plural: false, actor: false };
    expect(questionShape('where is the hunan drug institute to be built?', true, 1, none).entity).toBe('place');
    expect(questionShape('in hunan, where can a patient apply for a review?', true, 1, none).entity).toBe('place');
    expect(questionShape('what model does hunan adopt, and where?', true, 1, none).entity).toBe('place');
    const relative = questionShape('what stations does hunan set up in parks where firms cluster?', true, 1, none);
    expect(relative.entity).not.toBe('place');
  });
});

// Chinese questions written for these tests: the noun phrase after the question word.
describe('the noun a Chinese which-question asks for', () => {
  const none = { heads: [], plural: false, actor: false };
  it('ends where its verb begins, not at the end of the question', () => {
    expect(questionShape('哪个部门负责全省疫苗储存的监督检查工作？', false, 0, none).asked).toEqual(['部门']);
  });

  it('keeps a verb that only modifies the noun after it', () => {
    expect(questionShape('该市要推广哪些传统健身功法？', false, 0, none).asked).toContain('功法');
  });
});

describe('a Chinese question with 哪类, 哪种, 哪项', () => {
  it('is a which-question, not a number question for the metric it names', () => {
    expect(shapeOf('两省分别设立了哪类产业基金？', false)).toBe('which');
    expect(shapeOf('该条例规定了哪种保护方式？', false)).toBe('which');
  });
});

describe('figures an English question gives as conditions', () => {
  it('reads amounts listed before the one with the unit as sharing it, after a verb of exceeding', () => {
    const given = givenFigures('What reward does a firm get when its revenue first tops 1, 2 or 5 billion yuan?', true);
    expect(given.scaled).toEqual([1e9, 2e9, 5e9]);
    expect(givenFigures('What is the revenue (in 100 million yuan)?', true).scaled).toEqual([]);
  });
});

describe('the numbers an English question writes', () => {
  it('are its digits and number words from two, not its years nor one-off', () => {
    const n = writtenNumbers('of the four antibodies approved in 2020, how many got a one-off reward over 30 days?');
    expect([...n].sort((a, b) => a - b)).toEqual([4, 30]);
  });
});
