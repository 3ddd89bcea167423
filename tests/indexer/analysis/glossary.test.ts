import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../indexer/analysis/analyzer.ts';
import { glossary, parseGlossary } from '../../../indexer/analysis/glossary.ts';
import { USER_DICT_PATH, cutWords } from '../../../indexer/analysis/segment-chinese.ts';
import { readCorpus } from '../../../indexer/read-corpus.ts';
import { corpusIndex, CORPUS_DIR } from '../../helpers/corpus-index.ts';

const EXTRA_DIR = 'tests/fixtures/corpus-extra';

// The shipped plans and the real laws, regulations and notices kept as fixtures: the glossary is the
// field's, not only the plans'.
const texts = [...(await readCorpus(CORPUS_DIR)).documents, ...(await readCorpus(EXTRA_DIR)).documents];
const corpusText = texts.map((d) => normalize(d.text).text).join('\n');
const { entries } = glossary();

describe('the glossary', () => {
  it(`has several hundred entries (${entries.length})`, () => {
    expect(entries.length).toBeGreaterThan(400);
  });

  it('has a Chinese side that occurs in the plans or the real laws, or is one dictionary word, for every entry', () => {
    const neither = entries.filter((e) => !corpusText.includes(normalize(e.zh).text) && cutWords(e.zh).length !== 1);
    expect(neither.map((e) => e.zh)).toEqual([]);
  });

  it('translates every English form back to its Chinese term', () => {
    const { store } = corpusIndex();
    const wrong: string[] = [];
    for (const e of entries) {
      for (const form of e.en) {
        const run = store.translator.translate(form);
        const found = run.concepts.some((c) => c.to.includes(e.zh)) || run.regions.some((r) => r.zh === e.zh);
        if (!found) wrong.push(`${form} -> ${JSON.stringify(run.concepts.map((c) => c.to))} (wanted ${e.zh})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives English forms to every term of the jieba user dictionary', () => {
    const dictionary = readFileSync(USER_DICT_PATH, 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[0])
      .filter((w): w is string => !!w);
    expect(dictionary.filter((w) => !glossary().byChinese.has(w))).toEqual([]);
  });

  it('finds a form written with hyphens written either way (with hyphens, or as separate words)', () => {
    const g = parseGlossary('甲乙\tzorp-based quux\n丙\tflim flam\n');
    expect(g.byEnglish.get('zorp-based quux')).toEqual(['甲乙']);
    expect(g.byEnglish.get('zorp base quux')).toEqual(['甲乙']);
    expect(g.byEnglish.get('flim flam')).toEqual(['丙']);
  });

  it('rejects a malformed line or a term listed twice, naming the line', () => {
    expect(() => parseGlossary('一致性评价\n')).toThrow(/line 1/);
    expect(() => parseGlossary('药\tdrug\n药\tmedicine\n')).toThrow(/line 2: "药" is listed twice/);
  });
});
