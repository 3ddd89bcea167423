import { describe, expect, it } from 'vitest';
import { commonSpelling, phraseKey, stemWord } from '../../../indexer/analysis/english.ts';

// Words chosen for the test: British and American spellings of one word meet at one stem.
describe('English spellings', () => {
  it.each([
    ['licence', 'license'],
    ['centre', 'center'],
    ['colour', 'color'],
    ['paediatric', 'pediatric'],
    ['programme', 'program'],
    ['organisation', 'organization'],
    ['standardised', 'standardized'],
    ['analyse', 'analyze'],
    ['licenced', 'licensed'],
    ['practising', 'practicing'],
    ['behavioural', 'behavioral'],
    ['sulphate', 'sulfate'],
  ])('%s and %s share a stem', (british, american) => {
    expect(stemWord(british)).toBe(stemWord(american));
  });

  it('keeps -ise words whose stem the stemmer already shares (supervise, supervision)', () => {
    expect(stemWord('supervise')).toBe(stemWord('supervision'));
    expect(stemWord('organize')).toBe(stemWord('organisation'));
  });

  it('leaves words the length guards protect alone (four, tour, your, prize, seize)', () => {
    for (const word of ['four', 'tour', 'your', 'prize', 'seize']) expect(commonSpelling(word)).toBe(word);
  });

  it('reads irregular past forms as their verb (took effect is take effect), not words of their own (found)', () => {
    expect(phraseKey('took effect')).toBe(phraseKey('take effect'));
    expect(stemWord('brought')).toBe(stemWord('bring'));
    expect(commonSpelling('found')).toBe('found');
  });

  it('gives a phrase and its other spelling one key', () => {
    expect(phraseKey('Drug Manufacturing Licence')).toBe(phraseKey('drug manufacturing license'));
  });
});
