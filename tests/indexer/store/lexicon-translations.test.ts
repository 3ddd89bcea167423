import { describe, expect, it } from 'vitest';
import { chineseTerms } from '../../../indexer/ecdict-senses.ts';
import { buildLexicon } from '../../../indexer/store/lexicon.ts';

describe("an English -> Chinese dictionary's translation field", () => {
  it('gives its Chinese terms in order, without parts of speech, domain tags or asides', () => {
    expect(chineseTerms('n. 局, 办公处\\n[经] 局, 司, 处')).toEqual(['办公处']);
    expect(chineseTerms('vt. 发布, 公布（法令）\\n[法] 颁布; 公告')).toEqual(['发布', '公布', '颁布', '公告']);
  });

  it('does not read the meanings it collected from the web', () => {
    expect(chineseTerms('n. 薪资, 付款\\n[网络] 国家；支付宝')).toEqual(['薪资', '付款']);
  });

  it('gives an adjective written with 的 with and without it, and keeps no Latin or patterns', () => {
    expect(chineseTerms('a. 被禁止的, 对...有利, DNA序列')).toEqual(['被禁止的', '被禁止']);
  });
});

describe('a lexicon given translations', () => {
  // Made-up senses: 废止 has no CC-CEDICT gloss "repeal", 开办 is glossed "open".
  const senses: Record<string, string[]> = { 开办: ['to open (a business)'], 开放: ['to open'] };
  const vocabulary: Array<readonly [string, number]> = [
    ['废止', 3],
    ['撤销', 5],
    ['开办', 2],
    ['开放', 9],
    ['打开', 4],
  ];
  const lexicon = buildLexicon(
    'test',
    vocabulary,
    (w) => senses[w] ?? [],
    new Map([
      ['repeal', ['废止', '撤销', '放弃']],
      ['open', ['打开', '开放']],
    ]),
  );

  it('maps a headword no gloss says to the corpus words it translates to, most used first', () => {
    // 放弃 is not a word of this corpus.
    expect(lexicon.english.get('repeal')).toEqual(['撤销', '废止']);
  });

  it('leaves a word the glosses already know as they give it', () => {
    // The glosses give 开放 and 开办 for open; the dictionary's 打开 would only widen a known word.
    expect(lexicon.english.get('open')).toEqual(['开放', '开办']);
  });
});
