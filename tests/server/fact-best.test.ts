import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankFacts, type ScoredFact } from '../../server/qa/fact-answer.ts';
import { answerKey, bestFacts } from '../../server/qa/fact-best.ts';
import { FactTop } from '../../server/qa/fact-top.ts';
import { SHIPPED_MODEL } from '../../server/qa/defaults.ts';
import type { FamilyModel } from '../../server/qa/model.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();

// What a number answer read of the whole ranking before bestFacts: the first figure, the first k
// that do not contradict the question, and the first of those with another answer than the best.
function oracle(all: readonly ScoredFact[], k: number) {
  const ranked = all.filter((r) => !r.contradicts);
  const best = ranked[0];
  const next = best && ranked.find((r) => answerKey(r.fact) !== answerKey(best.fact));
  return { first: all[0], ranked: ranked.slice(0, k), next };
}

// A scored figure as compared: which figure, and everything scored of it.
const seen = (s: ScoredFact | undefined) =>
  s && {
    fact: `${s.fact.clauseId}@${s.fact.start}`,
    score: s.score,
    features: s.features,
    parts: s.parts,
    mismatch: s.mismatch,
    contradicts: s.contradicts,
  };

// Questions made of the parts number questions are made of, most of them asked of no document.
const regions = ['', '浙江', '江西省', '吉林', '江苏'];
const years = ['', '到2025年', '2020年', '到2026年', '“十三五”期间'];
const words = [
  '医药',
  '营业收入',
  '企业',
  '智能工厂',
  '创新平台',
  '规模以上',
  '产业链',
  '新药',
  '研发投入',
  '单项冠军',
  '有关部门',
  '申请人',
];
// …应当在多少… names who must act (fact-actor.ts): a bound must hold for the actor's evidence too.
const asks = [
  '多少家',
  '多少亿元',
  '多少个',
  '目标是多少',
  '占比多少',
  '达到多少',
  '超过10亿元的企业有多少家',
  '应当在多少个工作日内完成',
  '应当在多少年内建成',
];
const question = fc
  .tuple(
    fc.constantFrom(...regions),
    fc.constantFrom(...years),
    fc.subarray(words, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(...asks),
  )
  .map(([r, y, w, a]) => `${r}${y}${w.join('')}${a}？`);
// Weights of either sign, zeros (ties by the thousand) and the shipped ones: the bound must hold for any.
const weights = fc.oneof(
  fc.constant(SHIPPED_MODEL.facts.weights),
  fc.array(fc.constantFrom(-3, -1, -0.25, 0, 0, 0.5, 1, 2.5, 7), {
    minLength: SHIPPED_MODEL.facts.weights.length,
    maxLength: SHIPPED_MODEL.facts.weights.length,
  }),
);

describe('the figures a number answer reads, without scoring every figure', () => {
  it('are those of the whole ranking, to the last tie (fast-check over questions, weights and k)', () => {
    fc.assert(
      fc.property(question, weights, fc.constantFrom(1, 2, 12, 40), (text, w, k) => {
        const q = analyzeQuestion(store, text);
        const family: FamilyModel = { ...SHIPPED_MODEL.facts, weights: w };
        const want = oracle(rankFacts(store, q, q.regions, family), k);
        const got = bestFacts(store, q, q.regions, family, k);
        expect(seen(got.first)).toEqual(seen(want.first));
        expect(got.ranked.map(seen)).toEqual(want.ranked.map(seen));
        expect(seen(got.next)).toEqual(seen(want.next));
      }),
      { numRuns: 120 },
    );
  });
});

describe('FactTop', () => {
  it('keeps what a stable sort of every score would give, whatever order the figures come in', () => {
    const figure = fc.record({
      score: fc.constantFrom(-1, 0, 0.5, 2, 3),
      contradicts: fc.boolean(),
      answer: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (xs, k, seed) => {
        const order = xs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 31) - ((b * 7919 + seed) % 31) || a - b);
        const top = new FactTop(xs.length, k, (i) => xs[i]?.answer ?? '');
        for (const i of order) top.add(i, xs[i]?.score ?? 0, xs[i]?.contradicts ?? false);
        // Why: Array.prototype.sort is stable, so equal scores stay in list order.
        const sorted = xs.map((_, i) => i).sort((a, b) => (xs[b]?.score ?? 0) - (xs[a]?.score ?? 0));
        const ranked = sorted.filter((i) => !xs[i]?.contradicts);
        const best = ranked[0];
        const next = ranked.find((i) => best !== undefined && xs[i]?.answer !== xs[best]?.answer);
        expect(top.picks()).toEqual({ first: sorted[0], ranked: ranked.slice(0, k), next });
      }),
      { numRuns: 500 },
    );
  });
});
