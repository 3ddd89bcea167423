import { describe, expect, it } from 'vitest';
import { buildSuggestionIndex, SuggestionIndex } from '../../indexer/store/index.ts';

// Words made for the test: three near one another, and others far from them.
const WORDS = ['甲乙丙丁', '甲乙丙戊', '甲乙丙', '子丑寅卯', 'procurement', 'procedure', '甲乙丙丁'];

describe('the suggestion index', () => {
  const index = SuggestionIndex.load(buildSuggestionIndex(WORDS));

  it('finds the words one edit away: a character substituted, dropped or added', () => {
    expect(new Set(index.near('甲乙丙己', 1))).toEqual(new Set(['甲乙丙丁', '甲乙丙戊', '甲乙丙']));
    expect(index.near('甲乙丁', 1)).toContain('甲乙丙丁');
    expect(index.near('甲乙丙丁丁', 1)).toEqual(['甲乙丙丁']);
  });

  it('leaves out the word itself and the words further away', () => {
    expect(index.near('甲乙丙丁', 1)).not.toContain('甲乙丙丁');
    expect(index.near('甲乙丙丁', 1)).not.toContain('子丑寅卯');
    expect(index.near('procurmeent', 1)).toEqual([]);
    expect(index.near('procurmeent', 2)).toEqual(['procurement']);
  });

  it('answers the same after a round trip through JSON, as the index file stores it, loaded either way', async () => {
    const json = JSON.stringify(buildSuggestionIndex(WORDS));
    const stored = SuggestionIndex.load(JSON.parse(json));
    const piecewise = await SuggestionIndex.loadAsync(JSON.parse(json));
    for (const word of ['甲乙丙己', 'procurmeent', '子丑寅']) {
      expect(stored.near(word, 2).sort()).toEqual(index.near(word, 2).sort());
      expect(piecewise.near(word, 2).sort()).toEqual(index.near(word, 2).sort());
    }
  });

  it('indexes nothing for no words, and finds nothing for an empty word', () => {
    expect(SuggestionIndex.load(buildSuggestionIndex([])).near('甲乙丙', 2)).toEqual([]);
    expect(index.near('', 2)).toEqual([]);
  });
});
