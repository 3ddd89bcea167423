// The search page's pure parts, without a browser: API parameters, the cut query, the counts, where else it is found.
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/contract/index.ts';
import {
  countLine,
  cutNoteText,
  cutQuery,
  foundWholeElsewhere,
  searchParams,
  statusLine,
} from '../../web/src/views/search-model.ts';

const state = { q: '甲乙', mode: 'search', province: ['丙'], doc: [], lang: 'zh' } as const;
const response = (complete: number, total: number, elsewhere: Record<string, number>) =>
  ({
    tookMs: 3,
    total,
    query: { complete },
    facets: { province: {}, doc: {}, complete: { province: elsewhere, doc: {} } },
  }) as unknown as SearchResponse;

describe('the search page without a browser', () => {
  it('asks the API for a page of the state', () => {
    expect(searchParams(state, 50, 10).toString()).toBe(
      `q=${encodeURIComponent('甲乙')}&limit=50&offset=10&province=${encodeURIComponent('丙')}&lang=zh`,
    );
  });

  it('cuts a query to 200 characters (code points) and says so in both languages', () => {
    expect(cutQuery('药'.repeat(200))).toBeUndefined();
    const cut = cutQuery('𠀀'.repeat(250));
    expect([...(cut?.q ?? '')]).toHaveLength(200);
    expect(cut?.length).toBe(250);
    expect(cutNoteText(250, 'zh')).toBe('输入的文字有 250 个字符，只检索前 200 个。');
    expect(cutNoteText(250, 'en')).toMatch(/250 characters; only the first 200/);
  });

  it('counts complete and partial matches apart', () => {
    expect(countLine(0, 8, 'zh')).toBe('没有完全匹配的条款，8 条部分匹配');
    expect(countLine(1, 1, 'en')).toBe('1 clause');
    expect(countLine(9, 9, 'zh')).toBe('9 条');
    expect(statusLine(response(2, 5, {}), 5, 'en')).toBe('2 complete matches, 3 partial · showing 1–5 · 3 ms');
  });

  it('lists where a query with no complete match in its filters is found whole, most first', () => {
    expect(foundWholeElsewhere(response(0, 8, { 丁: 1, 戊: 3, 己: 0 }), true)).toEqual([
      ['戊', 3],
      ['丁', 1],
    ]);
    expect(foundWholeElsewhere(response(2, 8, { 丁: 1 }), true)).toEqual([]);
  });
});
