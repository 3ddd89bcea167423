import { describe, expect, it } from 'vitest';
import { actorAgreement, actorBefore, askedActor } from '../../server/qa/fact-actor.ts';

// A rule made for the test: two deadlines in one article, each of its own actor, and a third owed
// to the first actor.
const RULE =
  '第九条 申请人材料不齐全的，应当自收到通知之日起10日内补正。审查机构应当在20日内作出决定。' +
  '监管部门作出决定后，应当在7日内书面通知申请人。';
const at = (figure: string) => RULE.indexOf(figure);

describe('who acts by a figure', () => {
  it('reads who must act before the question’s own 应当: the first noun rules address', () => {
    expect(askedActor('申请人材料不齐全的，应当在多少日内补正？')).toBe('申请人');
    expect(askedActor('审查机构应当在多少日内作出决定？')).toBe('机构');
    expect(askedActor('审查机构应当在多少日内作出决定（书面）')).toBe('机构');
    expect(askedActor('医疗机构应当在多少日内报告？')).toBe('医疗机构');
    // No 应当, or no actor before it: none asked about.
    expect(askedActor('补正材料的期限是多少日？')).toBeUndefined();
    expect(askedActor('应当在多少日内补正？')).toBeUndefined();
  });

  it('reads who must act at the head of the 应当’s part of the sentence, else of the sentence', () => {
    expect(actorBefore(RULE, at('20日'))).toBe('机构');
    expect(actorBefore(RULE, at('10日'))).toBe('申请人');
    expect(actorBefore('期限为30日。', 3)).toBeUndefined();
    // Two actors in one sentence, the second acting: the first is whom it is owed to.
    const joined = '申请人提交材料后，审查机构应当在20日内作出决定。';
    expect(actorBefore(joined, joined.indexOf('20日'))).toBe('机构');
    expect(actorAgreement('申请人', joined, joined.indexOf('20日'))).toBe(-1);
    expect(askedActor('企业向部门申请后，部门应当在多少日内作出决定？')).toBe('部门');
  });

  it('agrees with the figure of the actor asked about, and disagrees with one owed to it', () => {
    expect(actorAgreement('申请人', RULE, at('10日'))).toBe(1);
    expect(actorAgreement('申请人', RULE, at('20日'))).toBe(0);
    expect(actorAgreement('申请人', RULE, at('7日'))).toBe(-1);
    expect(actorAgreement('部门', RULE, at('7日'))).toBe(1);
    expect(actorAgreement(undefined, RULE, at('7日'))).toBe(0);
  });
});
