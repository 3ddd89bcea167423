import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, normalize, type Token } from '../../../indexer/analysis/analyzer.ts';
import { cutWords } from '../../../indexer/analysis/segment-chinese.ts';

const terms = (text: string, opts: { sub?: boolean } = {}) =>
  analyze(text)
    .filter((t) => opts.sub || !t.sub)
    .map((t) => t.term);

describe('analyze', () => {
  // One table: input -> the whole terms it must yield (sub-words checked separately).
  const table: Array<[string, string[], string]> = [
    ['推进带量采购', ['推进', '带量采购'], 'the field term 带量采购 stays whole (plain jieba cuts 带/量/采购)'],
    ['化学药一致性评价', ['化学药', '一致性评价'], '一致性评价 is one term, not 一致性/评价'],
    ['一致性評價', ['一致性评价'], 'traditional characters are simplified before segmenting'],
    ['ＧＭＰ认证', ['gmp', '认证'], 'full-width Latin folds to lower-case ASCII'],
    ['GMP 2025年 mRNA', ['gmp', '2025年', 'mrna'], 'Latin words and figures are never cut into single characters'],
    ['力争达到1500亿元', ['力争', '达到', '1500亿元'], 'a figure keeps its unit'],
    ['比重达5.8%', ['比重', '达', '5.8%'], 'a percentage stays whole'],
    ['2020 年，全省', ['2020年', '全省'], 'a space inside a figure (003) does not split it from its unit'],
    ['PD-1抑制剂', ['pd-1', '抑制剂'], 'codes with a dash stay whole'],
    ['的和与', [], 'stop words are dropped'],
    ['，。！？', [], 'punctuation yields nothing'],
  ];
  it.each(table)('%s -> %j (%s)', (input, expected) => {
    expect(terms(input)).toEqual(expected);
  });

  it('indexes 带量采购 inside 集中带量采购 as a sub-word, which jieba search mode would miss', () => {
    expect(terms('国家药品集中带量采购')).toContain('集中带量采购');
    expect(terms('国家药品集中带量采购', { sub: true })).toContain('带量采购');
  });

  it('keeps figures whole where nodejieba HMM-less cutting would split them (2|0|2|5, G|M|P, m|R|N|A)', () => {
    expect(terms('2025')).toEqual(['2025']);
    expect(cutWords('医药')).toEqual(['医药']);
    expect(terms('GMP mRNA')).toEqual(['gmp', 'mrna']);
  });

  it('gives offsets into the original text, also for traditional and full-width input', () => {
    const text = '推進ＣＲＯ與一致性評價';
    for (const t of analyze(text)) expect(normalize(text.slice(t.start, t.end)).text).toBe(t.term);
  });
});

describe('analyze on any input (fast-check)', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.constantFrom(
      '一致性評價 ＧＭＰ 2020 年',
      '\uD800孤\uDFFF',
      '\u202E带量采购\u202C',
      '😀医药😀',
      '((("[.*+?',
      '%E0%A4%A',
    ),
  );

  it('never throws', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        analyze(s);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every token offsets whose original text normalises to the token', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const t of analyze(s) as Token[]) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          // One original character can expand (NFKC: ⑴ -> (1)): its span then covers the whole character.
          expect(normalize(s.slice(t.start, t.end)).text.replace(/ /g, '')).toContain(t.term.replace(/ /g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('normalises idempotently: normalising twice changes nothing', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
