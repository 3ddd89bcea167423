import { describe, expect, it } from 'vitest';
import { fitLogistic, fitRanker } from '../../server/qa/learn/ranker.ts';
import { CALIBRATION_INPUTS, calibrationInputs, probability, type FamilyModel } from '../../server/qa/model.ts';
import { SPAN_FEATURES, spanVector } from '../../server/qa/span-features.ts';
import { chosenThreshold } from '../eval/fit-model.ts';

// Synthetic data made for the test: what the learner must find is known in advance.
describe('learning the answer model', () => {
  it('ranks by the feature that tells the right candidate from the others', () => {
    // Feature 0 is high on the right candidate; feature 1 is noise of the same size.
    const groups = Array.from({ length: 40 }, (_, g) => {
      const right = g % 3;
      const x = [0, 1, 2].map((k) => [k === right ? 1 : 0.2, ((g * 7 + k * 3) % 5) / 5]);
      return { x, y: [0, 1, 2].map((k) => k === right) };
    });
    const w = fitRanker(groups, [0, 0], { prior: [0, 0] });
    expect(w[0]).toBeGreaterThan(1);
    expect(Math.abs(w[1] as number)).toBeLessThan((w[0] as number) / 2);
  });

  it('learns what a piece of evidence is worth for English questions apart from Chinese ones', () => {
    // The first two pieces of a span's evidence as given, the rest 0.
    const evidenceOf = (first: readonly number[]) =>
      SPAN_FEATURES.slice(0, SPAN_FEATURES.length / 2).map((_, k) => first[k] ?? 0);
    // Two pieces of evidence: in Chinese questions the first tells the right span, in English ones
    // (whose words are translations) the second does, and the first points at a wrong one.
    const groups = Array.from({ length: 60 }, (_, g) => {
      const lang = g % 2 === 0 ? 'zh' : 'en';
      const right = g % 3;
      const decoy = (right + 1) % 3;
      const x = [0, 1, 2].map((k) => {
        const telling = k === right ? 1 : 0;
        const misleading = k === decoy ? 1 : 0;
        return spanVector(evidenceOf(lang === 'zh' ? [telling, 0.3] : [misleading, telling]), lang);
      });
      return { x, y: [0, 1, 2].map((k) => k === right), lang };
    });
    const zeros = SPAN_FEATURES.map(() => 0);
    const w = fitRanker(groups, zeros, { prior: zeros });
    const best = (lang: 'zh' | 'en', evidence: number[][]) => {
      const scores = evidence.map((e) =>
        spanVector(evidenceOf(e), lang).reduce((s, x, k) => s + x * (w[k] as number), 0),
      );
      return scores.indexOf(Math.max(...scores));
    };
    // The same evidence picks the first candidate in Chinese and the second in English.
    const evidence = [
      [1, 0],
      [0, 1],
    ];
    expect(best('zh', evidence)).toBe(0);
    expect(best('en', evidence)).toBe(1);
    const half = SPAN_FEATURES.length / 2;
    expect(spanVector(evidenceOf([0.5, 2]), 'zh')).toEqual([...evidenceOf([0.5, 2]), ...new Array(half).fill(0)]);
    expect(spanVector(evidenceOf([0.5, 2]), 'mixed')).toEqual([...evidenceOf([0.5, 2]), ...evidenceOf([0.5, 2])]);
    // Evidence of another length would be read against the wrong weights: refused.
    expect(() => spanVector([0.5, 2], 'en')).toThrow(/evidence/);
  });

  it('calibrates on whether a list is asked: the same score is right less often for a list when it is so', () => {
    const x: number[][] = [];
    const y: boolean[] = [];
    // At every score, single answers are right 4 times in 5 and lists 2 in 5.
    for (let i = 0; i < 400; i++) {
      const list = i % 2 === 1;
      const score = ((i >> 1) % 5) / 2;
      const draw = Math.floor(i / 10) % 5;
      x.push(calibrationInputs(score, { next: undefined, coverage: 0.5, contradictions: 0, list, english: false }));
      y.push(list ? draw < 2 : draw < 4);
    }
    const calibration = fitLogistic(x, y, new Array<number>(CALIBRATION_INPUTS).fill(0));
    const family: FamilyModel = { features: [], weights: [], calibration };
    const at = (list: boolean) =>
      probability(family, 1, { next: undefined, coverage: 0.5, contradictions: 0, list, english: false });
    expect(at(false)).toBeGreaterThan(0.7);
    expect(at(true)).toBeLessThan(0.5);
  });

  it('calibrates English apart: where its scores say less, a high English score is worth less', () => {
    const x: number[][] = [];
    const y: boolean[] = [];
    // Chinese answers are right more often the higher they score (1 in 5 at 0, 5 in 5 at 2); English
    // ones 3 in 5 at every score.
    for (let i = 0; i < 400; i++) {
      const english = i % 2 === 1;
      const step = (i >> 1) % 5;
      const score = step / 2;
      const draw = Math.floor(i / 10) % 5;
      x.push(calibrationInputs(score, { next: 0, coverage: 0.5, contradictions: 0, list: false, english }));
      y.push(english ? draw < 3 : draw <= step);
    }
    const calibration = fitLogistic(x, y, new Array<number>(CALIBRATION_INPUTS).fill(0));
    const family: FamilyModel = { features: [], weights: [], calibration };
    const at = (score: number, english: boolean) =>
      probability(family, score, { next: 0, coverage: 0.5, contradictions: 0, list: false, english });
    expect(at(2, false)).toBeGreaterThan(0.85);
    expect(at(2, true)).toBeLessThan(0.75);
    expect(at(2, true)).toBeGreaterThan(0.45);
    expect(at(0, true)).toBeGreaterThan(at(0, false));
  });
});

describe('the answer threshold', () => {
  // Held-out answers made for this test: their calibrated probabilities and whether each was right.
  const at = (p: number, right: number, wrong: number) => [
    ...Array.from({ length: right }, () => ({ p, correct: true })),
    ...Array.from({ length: wrong }, () => ({ p, correct: false })),
  ];

  it('moves below the cost point when the held-out answers there are mostly right', () => {
    // At 0.42 seven of ten are right: answering them gains 4 at a cost of 1 a wrong answer.
    const held = [...at(0.9, 20, 1), ...at(0.42, 7, 3), ...at(0.2, 2, 10)];
    expect(chosenThreshold(held, 1)).toBe(0.4);
  });

  it('stays at the cost point when answering more would not gain', () => {
    const held = [...at(0.9, 20, 1), ...at(0.42, 5, 5), ...at(0.2, 2, 10)];
    expect(chosenThreshold(held, 1)).toBe(0.5);
  });
});
