import { describe, expect, it } from 'vitest';
import { normalize } from '../../indexer/analysis/index.ts';
import { askedEvent } from '../../server/qa/metadata-answer.ts';
import type { Question } from '../../server/qa/question.ts';
import { QUESTION_WORDS as W } from '../../server/qa/words.ts';

// Questions written for this test (not from an evaluation set) about a law's dates.
const when = (text: string) => ({ shape: 'when', lang: 'zh', norm: normalize(text).text }) as unknown as Question;
const eventOf = (zhWord: string) => W.events.findIndex((e) => e.zh.test(zhWord));

describe('the event of a law a when-question asks about', () => {
  it('reads 实施 before a kind of document (实施办法, 实施意见) as part of its name, not as taking effect', () => {
    expect(askedEvent(when('湖南省仓储条例实施办法是哪一天公布的？'))).toBe(eventOf('公布'));
    expect(askedEvent(when('关于加快仓储发展的实施意见哪天通过？'))).toBe(eventOf('通过'));
  });

  it('reads 实施 and 施行 that are no part of a name as taking effect', () => {
    expect(askedEvent(when('湖南省仓储条例实施办法自哪一天起施行？'))).toBe(eventOf('施行'));
    expect(askedEvent(when('这部条例哪天开始实施？'))).toBe(eventOf('施行'));
  });
});
