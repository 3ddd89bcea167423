import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../indexer/analysis/analyzer.ts';
import { USER_DICT_PATH } from '../../indexer/analysis/segment-chinese.ts';
import { DomainError } from '../../server/errors.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { unitGroups } from '../../server/search/query.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';
import { unmark } from '../helpers/html.ts';

const { store } = corpusIndex();
const run = (q: string, options: Partial<{ province: string[]; doc: string[]; limit: number; offset: number }> = {}) =>
  searchClauses(store, parseQuery(q), { province: [], doc: [], limit: 50, offset: 0, ...options });
const allIds = (q: string) => {
  const first = run(q);
  return searchClauses(store, parseQuery(q), {
    province: [],
    doc: [],
    limit: Math.max(1, first.total),
    offset: 0,
  }).hits.map((h) => h.id);
};
const scan = (phrase: string) => {
  const needle = normalize(phrase).text;
  return [...store.clauses].filter((_, k) => (store.normalized.get(k) as string).includes(needle)).map((c) => c.id);
};

describe('phrase recall', () => {
  const dictionary = readFileSync(USER_DICT_PATH, 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter((w): w is string => !!w);

  it(`returns exactly the clauses a substring scan finds, for every term of the user dictionary (${dictionary.length})`, () => {
    for (const term of dictionary) {
      const expected = scan(term).sort();
      // A term found only in headings (发展目标) has no exact clause: the fallback is flagged partial.
      if (expected.length === 0) expect(run(term).query.mode, term).toBe('partial');
      else {
        // Unquoted, a term with synonyms also finds them: the clauses holding the term itself come first.
        const ids = allIds(term);
        expect(ids.slice(0, expected.length).sort(), term).toEqual(expected);
        const forms = (unitGroups(parseQuery(term))[0] ?? []).map((u) => u.normalized);
        for (const id of ids.slice(expected.length)) {
          const text = store.normalized.get(store.indexOf(id) as number) as string;
          expect(
            forms.some((f) => text.includes(f)),
            `${term}: ${id}`,
          ).toBe(true);
        }
      }
      expect(allIds(`"${term}"`).sort(), term).toEqual(expected);
    }
  });

  it('returns exactly the substring-scan clauses for random pieces of the corpus text', () => {
    fc.assert(
      fc.property(fc.nat(store.clauses.length - 1), fc.nat(200), fc.integer({ min: 2, max: 8 }), (k, at, len) => {
        const text = (store.clauses.get(k) as { text: string }).text.replace(/\s+/g, '');
        const piece = text
          .slice(at % Math.max(1, text.length - len), (at % Math.max(1, text.length - len)) + len)
          .replace(/["“”「」『』-]/g, '');
        if (!/\p{Script=Han}{2}/u.test(piece) || /\s|OR/.test(piece)) return;
        expect(allIds(`"${piece}"`).sort()).toEqual(scan(piece).sort());
      }),
      { numRuns: 150 },
    );
  });
});

describe('ranking and query syntax', () => {
  it('ranks clauses with the exact run above clauses with only its parts (mode exact)', () => {
    const r = run('一致性评价');
    expect(r.query.mode).toBe('exact');
    expect(r.total).toBe(scan('一致性评价').length);
    // Every hit contains the run itself; clauses with only 一致性 or only 评价 are not hits.
    for (const h of r.hits) expect(normalize(h.text).text).toContain('一致性评价');
  });

  it('falls back to partial matches, flagged, when no clause has the run', () => {
    const r = run('医药产业营业收入目标');
    expect(r.query.mode).toBe('partial');
    expect(r.total).toBeGreaterThan(0);
    // Why the first hit wins: it has 医药产业 and 营业收入 both, the rarer words of the query.
    expect(normalize(r.hits[0]?.text ?? '').text).toMatch(/营业收入/);
  });

  it('requires every term of a several-term query (all-terms), else ranks any term (any-terms)', () => {
    const all = run('仿制药 一致性评价');
    expect(all.query.mode).toBe('all-terms');
    const complete = all.hits.filter((h) => !h.missing);
    expect(complete).toHaveLength(all.query.complete);
    for (const h of complete) {
      expect(h.text).toContain('仿制药');
      expect(h.text).toContain('一致性评价');
    }
    // Fewer than a page hold both: the clauses with one of them follow, saying which they lack, then
    // those with only their words.
    const lacks = all.hits.slice(complete.length).map((h) => h.missing?.length ?? 0);
    expect(lacks[0]).toBe(1);
    expect(lacks).toEqual([...lacks].sort((a, b) => a - b));
    expect(run('一致性评价 量子计算机').query.mode).toBe('any-terms');
  });

  it('matches a quoted phrase exactly, and nothing when it is absent (no fallback)', () => {
    expect(run('"未来工厂"').total).toBe(scan('未来工厂').length);
    const none = run('"医药产业营业收入目标"');
    expect(none.total).toBe(0);
    expect(none.query.mode).toBe('exact');
  });

  it('excludes clauses with -term', () => {
    const r = run('一致性评价 -仿制药');
    expect(r.total).toBeGreaterThan(0);
    for (const h of r.hits) expect(h.text).not.toContain('仿制药');
    expect(r.query.excluded).toEqual(['仿制药']);
  });

  it('matches either side of OR', () => {
    const ids = new Set(allIds('产业大脑 OR 未来工厂'));
    expect(ids).toEqual(new Set([...scan('产业大脑'), ...scan('未来工厂')]));
  });

  it('filters by province given as 浙江, 浙江省, Zhejiang, in the query or as a parameter, with facets over all provinces', () => {
    const expected = allIds('一致性评价').filter((id) => id.startsWith('zhejiang-'));
    for (const province of ['浙江', '浙江省', 'Zhejiang', 'zhejiang']) {
      expect(run('一致性评价', { province: [province] }).hits.map((h) => h.id)).toEqual(expected);
    }
    const inQuery = run('一致性评价 province:浙江');
    expect(inQuery.hits.map((h) => h.id)).toEqual(expected);
    expect(Object.keys(inQuery.facets.province).length).toBe(5);
    expect(run('一致性评价', { province: ['浙江,江苏'] }).total).toBe(
      allIds('一致性评价').filter((id) => /^(zhejiang|jiangsu)-/.test(id)).length,
    );
    expect(run('一致性评价', { province: ['巴中'] }).hits.every((h) => h.city === '巴中')).toBe(true);
  });

  it('filters by document, in the query or as a parameter', () => {
    expect(run('一致性评价 doc:jilin-2021').hits.every((h) => h.doc.id === 'jilin-2021')).toBe(true);
    expect(run('一致性评价', { doc: ['jilin-2021'] }).total).toBe(2);
  });

  it('rejects an unknown province or document, listing the valid values', () => {
    expect(() => run('一致性评价', { province: ['广东'] })).toThrow(DomainError);
    expect(() => run('一致性评价', { province: ['Atlantis'] })).toThrow(/valid values: .*浙江 \(Zhejiang\)/);
    expect(() => run('一致性评价 doc:nope')).toThrow(/no document "nope"; valid values: .*jilin-2021/);
  });

  it('finds traditional and full-width queries as their simplified, half-width forms', () => {
    expect(allIds('一致性評價').sort()).toEqual(scan('一致性评价').sort());
    expect(allIds('ＧＭＰ').sort()).toEqual(scan('GMP').sort());
  });

  it('pages with limit and offset', () => {
    const all = allIds('医药');
    expect(run('医药', { limit: 5, offset: 5 }).hits.map((h) => h.id)).toEqual(all.slice(5, 10));
  });
});

describe('highlighting', () => {
  it('marks every occurrence of the phrase, and the highlight without tags is the clause text', () => {
    for (const q of [
      '一致性评价',
      '带量采购',
      '5G',
      'CRO',
      '医药 营业收入',
      '一致性評價',
      '"未来工厂"',
      '医药产业营业收入目标',
    ]) {
      const r = run(q);
      for (const h of r.hits) {
        expect(unmark(h.highlight)).toBe(h.text);
        // A partial hit may match through its headings only; an exact hit always has its phrase marked.
        if (r.query.mode === 'exact' || r.query.mode === 'all-terms') {
          const phrase = normalize(q.replace(/"/g, '')).text.split(' ')[0] ?? '';
          const marked = [...h.highlight.matchAll(/<mark>(.*?)<\/mark>/g)].map(
            (m) => normalize(unmark(m[1] ?? '')).text,
          );
          expect(marked.filter((m) => m.includes(phrase)).length).toBe(normalize(h.text).text.split(phrase).length - 1);
        }
      }
    }
  });

  it('cuts the snippet to at most 160 characters around the marks, with … where cut', () => {
    for (const h of run('一致性评价').hits) {
      const plain = unmark(h.snippet).replace(/^…|…$/g, '');
      expect(plain.length).toBeLessThanOrEqual(160);
      expect(h.text).toContain(plain);
      expect(h.snippet).toContain('<mark>');
    }
  });
});
