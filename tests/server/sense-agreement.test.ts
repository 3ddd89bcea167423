// Choosing an ambiguous English word's senses by the query's other words (synthetic clause lists).
import { describe, expect, it } from 'vitest';
import { agreeingSenses } from '../../server/search/sense-agreement.ts';

// A made-up corpus of 100 clauses: 甲 (a sense of "plants", the factory one) is written with 丙
// ("processing"); 乙 (the botanical one) is written elsewhere, more often.
const written = new Map<string, number[]>([
  ['甲', [1, 2, 3, 4, 5]],
  ['乙', [40, 41, 42, 43, 44, 45, 46, 47]],
  ['丙', [2, 3, 4, 5, 6, 7]],
  ['丁', [60, 61]],
]);
const corpus = { clausesWriting: (zh: string) => written.get(zh) ?? [], clauseCount: 100 };
const plants = { from: 'plants', to: ['乙', '甲'], weights: [1, 0.8], general: true };
const processing = { from: 'processing', to: ['丙'], weights: [1], general: false };

describe('agreeingSenses', () => {
  it('keeps the senses the other words are written with, best first, and drops the rest', () => {
    const [chosen] = agreeingSenses([plants, processing], corpus);
    expect(chosen?.to).toEqual(['甲']);
  });

  it('leaves a query of one word, and a word none of whose senses meets the others, as they were', () => {
    expect(agreeingSenses([plants], corpus)[0]).toBe(plants);
    const elsewhere = { from: 'x', to: ['丁'], general: false };
    expect(agreeingSenses([plants, elsewhere], corpus)[0]).toBe(plants);
  });

  it('chooses only among general senses: a glossary term stands as it is', () => {
    const glossary = { from: 'p', to: ['乙', '甲'], general: false };
    expect(agreeingSenses([glossary, processing], corpus)[0]).toBe(glossary);
  });

  it('weighs a kept sense by its score beside the best one', () => {
    const both = { from: 'w', to: ['甲', '丙'], weights: [1, 1], general: true };
    const other = { from: 'v', to: ['丙', '甲'], weights: [1, 1], general: false };
    const [chosen] = agreeingSenses([both, other], corpus, 0);
    expect(chosen?.to.length).toBe(2);
    expect(chosen?.weights?.[0]).toBe(1);
  });
});
