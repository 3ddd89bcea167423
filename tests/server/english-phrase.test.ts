import { describe, expect, it } from 'vitest';
import { askedNounPhrase } from '../../server/qa/english-phrase.ts';

describe('the noun phrase an English question asks for', () => {
  it('ends where the verb begins, whatever the verb (not only an auxiliary)', () => {
    expect(askedNounPhrase('Which agency fines a shop that sells expired goods?')?.phrase).toBe('agency');
    expect(askedNounPhrase('Which provincial office approves the transfer of licences?')?.phrase).toBe(
      'provincial office',
    );
  });

  it('reads the head noun after "kind of" and tells plural heads', () => {
    expect(askedNounPhrase('What kind of support centres does the city plan?')).toEqual({
      phrase: 'support centres',
      plural: true,
    });
    expect(askedNounPhrase('What storage practices does the rule forbid?')?.plural).toBe(true);
    expect(askedNounPhrase('Which port city hosts the fair?')?.plural).toBe(false);
  });

  it('reads past a word for a rank or a class of the thing: which level of government asks for a government', () => {
    expect(askedNounPhrase('Which level of government must keep the river register?')?.phrase).toBe('government');
    expect(askedNounPhrase('What tier of hospital may run the clinic?')?.phrase).toBe('hospital');
    expect(askedNounPhrase('Which categories of waste does the port sort?')).toEqual({
      phrase: 'waste',
      plural: true,
    });
  });

  it('finds none when the question word asks about a verb (what is, what does)', () => {
    expect(askedNounPhrase('What is the deadline for the report?')).toBeUndefined();
    expect(askedNounPhrase('What does the plan say about ports?')).toBeUndefined();
  });
});

describe('the whole noun phrase', () => {
  it('runs on over the nouns the tagger left after a singular one', () => {
    expect(askedNounPhrase('which older harbour rule was replaced when the new code came in?')?.phrase).toBe(
      'older harbour rule',
    );
    expect(askedNounPhrase('which provinces plan new parks?')?.phrase).toBe('provinces');
  });

  it('reads a plural noun with no verb after it in the question as its verb', () => {
    expect(askedNounPhrase('which office leads building the new testing platform?')).toEqual({
      phrase: 'office',
      plural: false,
    });
    // With nothing after it, the plural noun is the head.
    expect(askedNounPhrase('which medical devices?')?.phrase).toBe('medical devices');
    expect(askedNounPhrase('which drug makers, according to the plan?')?.phrase).toBe('drug makers');
  });
});
