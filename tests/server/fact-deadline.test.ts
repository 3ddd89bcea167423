import { describe, expect, it } from 'vitest';
import { deadlineAgreement, deadlineAsked, deadlineOf } from '../../server/qa/fact-deadline.ts';

// Sentences and questions written for these tests (not from the corpus).
const at = (text: string, figure: string) => ({
  start: text.indexOf(figure),
  end: text.indexOf(figure) + figure.length,
});

describe('a length of time counted from an event', () => {
  it('reads which way a question counts from an end, in Chinese and in English', () => {
    expect(deadlineAsked('执照有效期届满前多久应当申请续期？', false)).toBe('before');
    expect(deadlineAsked('执照应当提前多少日申请续期？', false)).toBe('before');
    expect(deadlineAsked('档案在合同期满后要保存多久？', false)).toBe('after');
    expect(deadlineAsked('how long before the permit expires must the holder apply?', true)).toBe('before');
    expect(deadlineAsked('how long after the contract expires are files kept?', true)).toBe('after');
    expect(deadlineAsked('how long is the permit valid?', true)).toBeUndefined();
    // "after" in a condition is no event's end.
    expect(
      deadlineAsked('after an application is accepted, how many days does the office have?', true),
    ).toBeUndefined();
  });

  it('reads which way a figure is counted from the event its clause ties it to', () => {
    const text =
      '执照有效期为3年。有效期届满前60日申请续期；档案保存至合同期满后两年；提前15日公告；自受理之日起10日内决定。';
    expect(deadlineOf(text, at(text, '3年'))).toBeUndefined();
    expect(deadlineOf(text, at(text, '60日'))).toBe('before');
    expect(deadlineOf(text, at(text, '两年'))).toBe('after');
    expect(deadlineOf(text, at(text, '15日'))).toBe('before');
    expect(deadlineOf(text, at(text, '10日内'))).toBe('from');
  });

  it('agrees when both count the same way, disagrees otherwise, and says nothing when the question does not ask', () => {
    const text = '执照有效期为3年，有效期届满前60日申请续期。';
    expect(deadlineAgreement('before', text, at(text, '60日'))).toBe(1);
    expect(deadlineAgreement('before', text, at(text, '3年'))).toBe(-1);
    expect(deadlineAgreement(undefined, text, at(text, '3年'))).toBe(0);
  });
});
