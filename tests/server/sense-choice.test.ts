// The sense of a word the corpus uses, chosen by the other words that share each gloss (synthetic lexicon).
import { describe, expect, it } from 'vitest';
import { phraseKey } from '../../indexer/analysis/index.ts';
import { chooseSense } from '../../server/search/sense-choice.ts';

// A made-up corpus: 甲乙 is glossed "stubborn" first, "strong" second; 丙丁 and 戊己 (frequent) are also "strong".
const glossed = new Map<string, string[]>([
  [phraseKey('stubborn'), ['甲乙']],
  [phraseKey('strong'), ['甲乙', '丙丁', '戊己']],
  [phraseKey('recount'), ['甲乙']],
]);
const frequency = new Map([
  ['甲乙', 40],
  ['丙丁', 12],
  ['戊己', 30],
]);
const usage = { wordsGlossed: (k: string) => glossed.get(k), frequency: (w: string) => frequency.get(w) ?? 0 };

describe('chooseSense', () => {
  it('takes the gloss the corpus’ other words share most, not the dictionary’s first line', () => {
    expect(chooseSense('甲乙', ['stubborn', 'unyielding; strong'], usage)).toBe('strong');
  });

  it('keeps the first gloss when no other word shares any, and ignores the word’s own entries', () => {
    expect(chooseSense('甲乙', ['to recount (e.g. results)', 'stubborn'], usage)).toBe('to recount');
    expect(chooseSense('甲乙', [], usage)).toBeUndefined();
    expect(chooseSense('甲乙', undefined, usage)).toBeUndefined();
  });
});
