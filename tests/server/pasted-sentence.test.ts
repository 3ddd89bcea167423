// A sentence pasted into the box is searched as a sentence: its phrases required, its own clause first.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../server/search/expand.ts';
import { unitGroups } from '../../server/search/query.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();
const run = (q: string) => searchClauses(store, parseQuery(q), { province: [], doc: [], limit: 10, offset: 0 });

// Sentences of the corpus with at least three phrases between commas, spaces removed as a paste loses them.
const pasted = [...store.clauses]
  .filter((c) => c.kind !== 'row')
  .flatMap((c) =>
    (c.text.match(/[^。；]+[。；]/gu) ?? [])
      .map((s) => s.replace(/\s+/g, ''))
      .filter((s) => s.split('，').length >= 3 && s.length >= 30 && s.length <= 200)
      .slice(0, 1)
      .map((sentence) => ({ id: c.id, sentence })),
  );

describe('a pasted sentence', () => {
  it('is one unit per phrase between its punctuation, and one phrase when quoted', () => {
    const q = parseQuery('甲乙丙丁，戊己庚辛。壬癸子丑');
    expect(unitGroups(q).map((g) => g[0]?.text)).toEqual(['甲乙丙丁', '戊己庚辛', '壬癸子丑']);
    expect(unitGroups(parseQuery('"甲乙丙丁，戊己庚辛"'))).toHaveLength(1);
  });

  it('finds its own clause first, as a complete match, for every such sentence of the corpus', () => {
    expect(pasted.length).toBeGreaterThan(20);
    const missed = pasted.filter(({ id, sentence }) => {
      const r = run(sentence);
      return r.hits[0]?.id !== id && !r.hits.filter((h) => !h.missing).some((h) => h.id === id);
    });
    expect(missed).toEqual([]);
  });

  it('still finds its clause when one phrase was reworded, lacking only that phrase', () => {
    let checked = 0;
    for (const { id, sentence } of pasted.slice(0, 40)) {
      const phrases = sentence.split(/[，。；：、！？,;!?]+/u).filter(Boolean);
      // A phrase no clause writes: the middle one with its characters reversed.
      const k = Math.floor(phrases.length / 2);
      const reworded = [...(phrases[k] as string)].reverse().join('');
      if ([...store.normalized].some((t) => t.includes(reworded))) continue;
      const r = run(phrases.map((p, j) => (j === k ? reworded : p)).join('，'));
      const own = r.hits.find((h) => h.id === id);
      expect(own?.missing, sentence).toEqual([reworded]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
