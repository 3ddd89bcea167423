import { describe, expect, it } from 'vitest';
import { IndexStore } from '../../server/search/index-store.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { oneEditApart, suggestQueries } from '../../server/search/suggest.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';
import { api } from '../helpers/api.ts';
import { testApp } from '../helpers/test-app.ts';

const { get } = api(testApp());
const NO_FILTER = { province: [], doc: [], limit: 10, offset: 0 };
const search = async (q: string, extra = '') =>
  (await get(`/api/search?q=${encodeURIComponent(q)}${extra}`)).body as {
    total: number;
    suggestions?: string[];
  };

describe('oneEditApart', () => {
  it.each([
    ['一致姓评价', '一致性评价', true, 'one character substituted'],
    ['一致评价', '一致性评价', true, 'one character missing'],
    ['一致性性评价', '一致性评价', true, 'one character too many'],
    ['consistncy', 'consistency', true, 'one letter missing'],
    ['procurmeent', 'procurement', true, 'two neighbours swapped'],
    ['一致性评价', '一致性评价', false, 'the same word is no correction'],
    ['一姓性评介', '一致性评价', false, 'two edits'],
  ])('%s and %s: %s (%s)', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});

describe('did you mean, in GET /api/search', () => {
  it('suggests 一致性评价 for 一致姓评价, a one-character typo the vocabulary knows', async () => {
    const r = await search('一致姓评价');
    expect(r.suggestions).toEqual(['一致性评价']);
  });

  it('suggests the word whose two neighbouring characters were typed the other way round', async () => {
    expect((await search('一致评性价')).suggestions).toEqual(['一致性评价']);
  });

  it('corrects the misspelt word of a longer query and keeps the rest', async () => {
    expect((await search('仿制药 一致姓评价')).suggestions).toEqual(['仿制药 一致性评价']);
    expect((await search('带量彩购')).suggestions).toEqual(['带量采购']);
  });

  it('suggests the glossary word for an English word nothing translated', async () => {
    expect((await search('consistncy evaluation')).suggestions).toEqual(['consistency evaluation']);
  });

  it('suggests nothing when the query matched verbatim, or when no correction finds anything', async () => {
    expect((await search('一致性评价')).suggestions).toBeUndefined();
    expect((await search('xyzzy')).suggestions).toBeUndefined();
  });

  it('only suggests what finds clauses under the filters in force', async () => {
    // 带量采购 is in Jiangsu's and Zhejiang's documents, none of Jilin's.
    expect((await search('带量彩购', '&province=Jilin')).suggestions).toBeUndefined();
  });
});

describe("the index store's suggestion index", () => {
  it('finds the corpus words near a misspelt one, and none of them when its stored form is unreadable', () => {
    const { data } = corpusIndex();
    expect(new IndexStore(data).nearWords('一致姓评价', 1)).toContain('一致性评价');
    const broken = new IndexStore({ ...data, suggestions: { nonsense: true } as never });
    expect(broken.nearWords('一致姓评价', 1)).toEqual([]);
    // The glossary's own index still corrects the words it knows.
    const result = searchClauses(broken, parseQuery('一致姓评价'), NO_FILTER);
    expect(suggestQueries(broken, result, () => true)).toEqual(['一致性评价']);
  });
});
