import { describe, expect, it } from 'vitest';
import { parseSynonyms, synonyms } from '../../../indexer/analysis/index.ts';
import { abbreviationCandidates, ContextIndex, parenthesisCandidates } from '../../../indexer/synonyms/mine.ts';

describe('synonym data', () => {
  it('reads groups of forms with the note saying where each came from, by width and case', () => {
    const s = parseSynonyms('# comment\n\n甲乙丙丁\t甲丁\tABC\t# made up for the test\n');
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]?.note).toBe('made up for the test');
    expect(s.alternatives('甲丁')).toEqual(['甲乙丙丁', 'ABC']);
    expect(s.alternatives('ａｂｃ')).toEqual(['甲乙丙丁', '甲丁']);
    expect(s.alternatives('乙')).toEqual([]);
    expect(s.groupOf('constructor')).toBeUndefined();
  });

  it('refuses a group without a note, of one form, or a form listed twice, naming the line', () => {
    expect(() => parseSynonyms('甲\t乙\n')).toThrow(/line 1/);
    expect(() => parseSynonyms('甲\t# one form\n')).toThrow(/line 1/);
    expect(() => parseSynonyms('甲\t乙\t# a\n丙\t甲\t# b\n')).toThrow(/line 2: "甲" is listed twice/);
  });

  it('loads the project file', () => {
    expect(synonyms().groups.length).toBeGreaterThan(10);
    for (const g of synonyms().groups) expect(g.note.length).toBeGreaterThan(5);
  });
});

describe('mining synonym candidates', () => {
  const texts = [
    '鼓励发展合同研究组织（CRO）和委托生产（CMO）。',
    '支持研发外包服务。推进国家药品集中带量采购，做好带量采购落地。',
    '做好国家组织药品集中采购中选药品的供应。',
  ];

  it('proposes abbreviations defined in parentheses', () => {
    const pairs = parenthesisCandidates(texts).map((c) => `${c.a}=${c.b}`);
    expect(pairs).toEqual(expect.arrayContaining(['合同研究组织=CRO', '委托生产=CMO']));
  });

  it('proposes short forms a longer word spells in order, used in like contexts', () => {
    const corpus = ['推进药品集采工作，做好中选药品供应。', '推进药品集中采购工作，做好中选药品供应。'];
    const vocabulary = new Map([
      ['集采', 1],
      ['集中采购', 1],
      ['中选', 2],
    ]);
    const found = abbreviationCandidates(vocabulary, new ContextIndex(corpus));
    expect(found[0]).toMatchObject({ a: '集采', b: '集中采购', how: 'abbreviation' });
    expect(found[0]?.strength).toBeGreaterThan(0.5);
  });
});
