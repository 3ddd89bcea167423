import { describe, expect, it } from 'vitest';
import { sentences } from '../../indexer/figures/index.ts';
import { statementOf } from '../../server/qa/statement.ts';

// A clause written for this test (not from the corpus): a short first sentence, then a sentence of five parts.
const TEXT =
  '总体要求。支持建设区域检测中心，鼓励企业开展联合攻关，对新建的研发平台给予一次性奖励，完善配套政策：资金、用地。';
const sentence = sentences(TEXT)[1]!;
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('the statement around a span', () => {
  it('is the part of the sentence holding the span, widened by whole parts after it, then before it', () => {
    expect(statementOf(TEXT, sentence, at('研发平台'), 35).text).toBe(
      '对新建的研发平台给予一次性奖励，完善配套政策：资金、用地',
    );
    expect(statementOf(TEXT, sentence, at('研发平台'), 40).text).toBe(
      '鼓励企业开展联合攻关，对新建的研发平台给予一次性奖励，完善配套政策：资金、用地',
    );
    // No part follows the last: those before it are taken while they fit.
    expect(statementOf(TEXT, sentence, at('用地'), 20).text).toBe('完善配套政策：资金、用地');
  });

  it('keeps the parts holding the span whole however short the limit, and stays in its sentence', () => {
    const s = statementOf(TEXT, sentence, at('联合攻关'), 5);
    expect(s.text).toBe('鼓励企业开展联合攻关');
    expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    // A span across two parts holds both.
    expect(statementOf(TEXT, sentence, at('中心，鼓励'), 5).text).toBe('支持建设区域检测中心，鼓励企业开展联合攻关');
    expect(statementOf(TEXT, sentence, at('检测中心'), 200).text).toBe(
      '支持建设区域检测中心，鼓励企业开展联合攻关，对新建的研发平台给予一次性奖励，完善配套政策：资金、用地',
    );
  });
});
