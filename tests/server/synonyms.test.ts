// Synonym expansion of queries: each form listed in the data also searches its group's other forms.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../server/search/query-parser.ts';

const texts = (q: string) => parseQuery(q).groups.map((g) => g.map((u) => u.normalized));

describe('synonym expansion in the query parser', () => {
  it('adds the other forms of a listed word to its group, marked with the form they stand for', () => {
    const q = parseQuery('集采');
    expect(q.groups).toHaveLength(1);
    expect(q.groups[0]?.[0]).toMatchObject({ normalized: '集采' });
    expect(q.groups[0]?.[0]?.synonymOf).toBeUndefined();
    expect(q.groups[0]?.slice(1).every((u) => u.synonymOf === '集采')).toBe(true);
    expect(q.expansions).toEqual([{ from: '集采', to: ['集中带量采购', '带量采购', '集中采购'] }]);
  });

  it('replaces the form inside a longer run of Chinese, and leaves the other groups alone', () => {
    expect(texts('药品集采 中标')).toEqual([
      ['药品集采', '药品集中带量采购', '药品带量采购', '药品集中采购'],
      ['中标'],
    ]);
  });

  it('matches a Latin form in any case or width, and reports it as the data spells it', () => {
    expect(parseQuery('ｃｄｍｏ', { lang: 'zh' }).expansions).toEqual([{ from: 'CDMO', to: ['定制研发生产'] }]);
  });

  it('does not expand a quoted form, an excluded one, or a word not listed', () => {
    expect(parseQuery('"集采"').expansions).toEqual([]);
    expect(texts('"集采"')).toEqual([['集采']]);
    expect(parseQuery('-集采 药品').expansions).toEqual([]);
    expect(parseQuery('道地药材').expansions).toEqual([]);
  });

  it('keeps one unit per form when the query itself names two forms of a group', () => {
    const group = texts('OTC OR 非处方药')[0] ?? [];
    expect(new Set(group).size).toBe(group.length);
    expect(group).toEqual(expect.arrayContaining(['otc', '非处方药']));
  });
});
