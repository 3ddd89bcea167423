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

  it('reads -ize as -ise, the spelling the lemmatiser knows (organizing is organise)', () => {
    expect(stemWord('organizing')).toBe('organise');
    expect(stemWord('organizations')).toBe(stemWord('organisation'));
  });

  it('undoes inflection only: plurals, verb forms, compared adjectives, never a suffix of another word', () => {
    expect(stemWord('factories')).toBe('factory');
    expect(stemWord('supervising')).toBe('supervise');
    expect(stemWord('buildings')).toBe(stemWord('building'));
    expect(stemWord('best')).toBe('best');
    // Words a suffix stemmer folds together although their senses differ.
    expect(stemWord('general')).not.toBe(stemWord('generic'));
    expect(stemWord('organization')).not.toBe(stemWord('organ'));
    expect(stemWord('policies')).not.toBe(stemWord('police'));
    expect(stemWord('responsible')).not.toBe(stemWord('response'));
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
