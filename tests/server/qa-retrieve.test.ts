import { describe, expect, it } from 'vitest';
import type { Question } from '../../server/qa/question.ts';
import { questionQuery } from '../../server/qa/retrieve.ts';

// A question reduced to what its query reads: its text and focus terms.
function question(focus: Question['focus']): Question {
  return { text: 'Which firms make the kits?', focus } as unknown as Question;
}

function termWeights(q: Question): Map<string, number> {
  const clause = questionQuery(q).clauses[0];
  if (clause?.kind !== 'terms') throw new Error('expected a terms clause');
  return new Map(clause.terms.map((t) => [t.term, t.weight]));
}

describe('the query a question is retrieved with', () => {
  it("weighs a translated term's senses by the translator's weights: a sense the corpus uses little counts less", () => {
    const weights = termWeights(
      question([{ forms: ['生产', '营造'], weight: 2, strong: false, translated: true, senseWeights: [1, 0.3] }]),
    );
    expect(weights.get('生产')).toBeCloseTo(2);
    expect(weights.get('营造')).toBeCloseTo(0.6);
  });

  it('weighs every form of a term fully when no sense weights are given (a Chinese word as written)', () => {
    const weights = termWeights(question([{ forms: ['试剂盒'], weight: 3, strong: false }]));
    expect(weights.get('试剂盒')).toBeCloseTo(3);
  });
});
