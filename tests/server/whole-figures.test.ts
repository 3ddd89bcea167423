import { describe, expect, it } from 'vitest';
import { findFigures, sentences } from '../../indexer/figures/index.ts';
import { wholeFigures } from '../../server/qa/span-answer.ts';
import type { Span } from '../../server/qa/spans.ts';

// A sentence written for this test (not from the corpus), the second of its text.
const s = sentences('前言。对首次认定的企业给予一次性80万元奖励和3个名额。')[1];
const figures = findFigures(s!.text).map((f) => ({ start: s!.start + f.start, end: s!.start + f.end }));
const span = (text: string): Span => {
  const at = s!.start + s!.text.indexOf(text);
  return { start: at, end: at + text.length, text, kind: 'name' };
};

describe('a span and the figures of its sentence', () => {
  it('takes the whole figure it starts or ends inside', () => {
    expect(wholeFigures(span('万元奖励'), figures, s!).text).toBe('80万元奖励');
    expect(wholeFigures(span('一次性8'), figures, s!).text).toBe('一次性80万元');
  });

  it('leaves a span that holds its figures whole, or none, as it is', () => {
    const whole = span('80万元奖励');
    expect(wholeFigures(whole, figures, s!)).toBe(whole);
    const none = span('首次认定');
    expect(wholeFigures(none, figures, s!)).toBe(none);
  });
});
