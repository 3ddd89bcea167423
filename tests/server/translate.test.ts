import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../indexer/store/lexicon.ts';
import { englishTokens, splitCompounds } from '../../indexer/analysis/index.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();
const translate = (q: string) => store.translator.translate(q);
const search = (q: string, lang: 'auto' | 'zh' | 'en' = 'auto') =>
  searchClauses(store, parseQuery(q, { lang, context: store.queryContext() }), {
    province: [],
    doc: [],
    limit: 50,
    offset: 0,
  });

describe('translating English queries', () => {
  it('prefers the longest glossary phrase: generic drug consistency evaluation is one concept', () => {
    expect(translate('generic drug consistency evaluation').concepts).toEqual([
      { from: 'generic drug consistency evaluation', to: ['一致性评价'], source: 'glossary' },
    ]);
  });

  it('matches plurals and -ing forms to their base (green factories, manufacturing)', () => {
    expect(translate('green factories').concepts[0]?.to).toEqual(['绿色工厂']);
    expect(translate('Smart Manufacturing').concepts[0]?.to).toEqual(['智能制造']);
  });

  it('turns province and city names into filters: medical devices Zhejiang, talent in Jilin province', () => {
    const run = translate('medical devices Zhejiang');
    expect(run.concepts.map((c) => c.to[0])).toEqual(['医疗器械']);
    expect(run.regions.map((r) => r.zh)).toEqual(['浙江']);
    expect(translate('talent in Jilin province').regions.map((r) => r.zh)).toEqual(['吉林']);
  });

  it('keeps Latin terms the corpus uses (CRO, 5G) and adds their glossary Chinese', () => {
    expect(translate('CRO').concepts[0]?.to).toEqual(expect.arrayContaining(['cro', '研发外包']));
    expect(translate('5G').concepts[0]).toMatchObject({ to: ['5g'], source: 'latin' });
  });

  it('drops English stop words and falls back to CC-CEDICT for words the glossary lacks', () => {
    const run = translate('the factory');
    expect(run.concepts).toHaveLength(1);
    expect(run.concepts[0]).toMatchObject({ from: 'factory', source: 'dictionary' });
    expect(run.concepts[0]?.to[0]).toBe('工厂');
  });

  it('reads a hyphenated compound nothing knows whole as its words, and keeps one the glossary knows', () => {
    // green-factory is no glossary form, green factory is.
    expect(translate('green-factory').concepts).toEqual([
      { from: 'green-factory', to: ['绿色工厂'], source: 'glossary' },
    ]);
    // volume-based procurement is a glossary form: whole, and written as separate words too.
    expect(translate('volume-based procurement').concepts[0]?.to).toEqual(['带量采购']);
    expect(translate('volume based procurement').concepts[0]?.to).toEqual(['带量采购']);
  });

  it('keeps a hyphenated code the corpus writes as one word', () => {
    const words = splitCompounds(englishTokens('zorp-3 and flim-flam'), (t) => t.word === 'zorp-3').map((t) => t.word);
    expect(words).toEqual(['zorp-3', 'and', 'flim', 'flam']);
    const apart = splitCompounds(englishTokens('the new-drugs'), () => false);
    expect(apart.map((t) => [t.word, t.stem, t.start, t.end])).toEqual([
      ['the', 'the', 0, 3],
      ['new', 'new', 4, 7],
      ['drugs', 'drug', 8, 13],
    ]);
  });

  it('finds a dictionary gloss written with hyphens when the query writes it either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-lexicon-'));
    const file = join(dir, 'lexicon.json');
    const entries = [['zorp-free quux', ['甲乙']]];
    writeFileSync(file, JSON.stringify({ identity: 'x', words: [], english: entries, pinyin: [] }));
    const lexicon = readLexicon(file, 'x');
    expect(lexicon?.english.get('zorp-free quux')).toEqual(['甲乙']);
    expect(lexicon?.english.get('zorp free quux')).toEqual(['甲乙']);
  });

  it('reads unambiguous pinyin of a corpus word (yizhixing pingjia)', () => {
    expect(translate('yizhixing pingjia').concepts[0]).toMatchObject({ to: ['一致性评价'], source: 'pinyin' });
  });

  it('says so when a word is not understood', () => {
    expect(translate('qwertyuiop').concepts[0]).toMatchObject({ from: 'qwertyuiop', to: [], source: 'none' });
  });
});

describe('English, mixed and traditional searches', () => {
  it('finds the Chinese clauses for an English query and reports the translation', () => {
    const r = search('volume-based procurement');
    expect(r.query.lang).toBe('en');
    expect(r.query.translations).toEqual([{ from: 'volume-based procurement', to: ['带量采购'], source: 'glossary' }]);
    expect(r.hits.map((h) => h.id).sort()).toEqual(
      search('带量采购')
        .hits.map((h) => h.id)
        .sort(),
    );
    // The clause may say it in full (集中带量采购, a synonym searched too): the mark covers the form it uses.
    expect(r.hits[0]?.highlight).toMatch(/<mark>(集中)?带量采购<\/mark>/);
  });

  it("requires the field's words of an English query; words only the general dictionary knows rank", () => {
    const r = search('innovative drugs policy measures Zhejiang');
    const general = r.query.translations.filter((t) => t.source === 'dictionary').flatMap((t) => t.to);
    expect(general.length).toBeGreaterThan(0);
    // No one-character sense (measures -> 度 would match 年度 and 力度).
    expect(general.every((zh) => [...zh].length > 1)).toBe(true);
    expect(r.query.optional).toEqual(expect.arrayContaining(general));
    expect(r.query.optional).not.toContain('创新药');
    expect(r.query.complete).toBeGreaterThan(0);
    const innovative = ['创新药', '1类新药', '一类新药'];
    for (const hit of r.hits.slice(0, r.query.complete)) {
      // Marked as the clause writes it (1 类新药, with a space): compared without spaces.
      const marked = [...hit.highlight.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').replace(/\s/g, ''));
      expect(
        marked.some((w) => innovative.includes(w)),
        hit.id,
      ).toBe(true);
    }
    expect(r.hits.every((h) => h.province === '浙江')).toBe(true);
  });

  it('filters by the province an English query names', () => {
    const r = search('medical devices Zhejiang');
    expect(r.query.filters.province).toEqual(['浙江']);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.province === '浙江')).toBe(true);
  });

  it('searches mixed queries: a Latin term as itself with its Chinese, and the Chinese as written', () => {
    const r = search('MAH 制度');
    expect(r.query.lang).toBe('mixed');
    const ids = r.hits.map((h) => h.id);
    // Both clauses that name MAH come back; 制度 is common (23 clauses) so it ranks, not filters.
    expect(ids).toEqual(expect.arrayContaining(['jiangsu-2021/1.2.p2', 'jilin-2021/3.6.16']));
    expect(r.query.optional).toEqual(['制度']);
    expect(ids[0]).toBe('jiangsu-2021/1.2.p2');
  });

  it('searches Latin words as written when lang is zh', () => {
    const r = search('green factory', 'zh');
    expect(r.query.translations).toEqual([]);
    expect(r.total).toBe(0);
  });

  it('finds the simplified clauses for a traditional query', () => {
    expect(
      search('產業大腦')
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(
      search('产业大脑')
        .hits.map((h) => h.id)
        .sort(),
    );
  });

  it('finds nothing for words that name properties of every object (constructor, __proto__, toString)', () => {
    for (const q of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(store.documentFrequency(q)).toBe(0);
      const r = search(q);
      expect(
        r.query.translations.every((t) => Array.isArray(t.to)),
        q,
      ).toBe(true);
      // __proto__ reads as the word proto, which ECDICT translates (原型, 典型): what it finds is that
      // word's, not an object's property.
      if (q === '__proto__') expect(r.total).toBe(search('proto').total);
      else expect(r.total, q).toBe(0);
    }
  });
});

describe('place names in a Chinese query', () => {
  it('filter when typed beside other words, as English ones do', () => {
    const r = search('浙江 创新药');
    expect(r.query.filters.province).toEqual(['浙江']);
    expect(r.query.phrases).toEqual(['创新药']);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.province === '浙江')).toBe(true);
    expect(search('江苏省 细胞治疗').query.filters.province).toEqual(['江苏']);
  });

  it('are searched as text when quoted, excluded, or typed alone', () => {
    expect(search('"浙江" 创新药').query.filters.province).toEqual([]);
    expect(search('浙江').query.phrases).toEqual(['浙江']);
    expect(search('浙江').query.filters.province).toEqual([]);
    expect(search('-浙江 创新药').query.excluded).toEqual(['浙江']);
  });
});
