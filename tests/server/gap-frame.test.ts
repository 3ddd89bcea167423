import { describe, expect, it } from 'vitest';
import { normalize } from '../../indexer/analysis/index.ts';
import { sentences } from '../../indexer/figures/index.ts';
import { gapAlignment, gapFrame, gapSpans, phraseEnd } from '../../server/qa/gap-frame.ts';
import { questionShape } from '../../server/qa/question-shape.ts';

// Sentences written for these tests (not from the corpus): a question is read as a sentence with
// a gap, and the span of a document's sentence that fills it is the answer.
const only = (text: string) => sentences(text)[0] as NonNullable<ReturnType<typeof sentences>[number]>;
const frame = (q: string) => gapFrame(normalize(q).text);
const texts = (q: string, s: string) => gapSpans(frame(q), only(s)).map((x) => x.text);
// A Chinese question, or an English one whose asked noun phrase is left to the data's patterns.
const NONE = { heads: [], plural: false, actor: false };

describe('a question read as a sentence with a gap', () => {
  it('splits at the question word and drops the closing particle', () => {
    expect(frame('湖南支持岳阳以什么为特色？')).toEqual({ left: '湖南支持岳阳以', right: '为特色', determiner: false });
    expect(frame('湖南要建设哪个药物研究机构呢？')?.determiner).toBe(true);
    expect(frame('How many?')).toBeUndefined();
  });

  it('fills the gap between the words before and after the question word', () => {
    expect(texts('湖南支持岳阳以什么为特色？', '支持岳阳以生物发酵和茶叶加工为特色，建设产业园。')).toContain(
      '生物发酵和茶叶加工',
    );
  });

  it('after a determiner, the span runs to the end of the noun asked for', () => {
    const got = texts('湖南省要推进建设哪个药物研究机构？', '推进建设湖南省药物研究院，加快成果转化。');
    expect(got.some((t) => t.includes('湖南省药物研究院'))).toBe(true);
  });

  it('with only the words before found, takes the noun phrase that follows them', () => {
    const got = texts('湖南要把株洲打造成什么？', '把株洲打造成中部医疗器械名城，形成集聚效应。');
    expect(got.some((t) => t.startsWith('中部医疗器械名城'))).toBe(true);
  });

  it('ends a noun phrase at punctuation, and keeps a verb inside it when a noun follows', () => {
    const got = texts('湖南要把岳阳打造成什么？', '将长沙打造成中部医药高地，将岳阳打造成国家生物医药名城。');
    expect(got).toEqual(['国家生物医药名城']);
    expect(texts('湖南要推进建设什么？', '推进建设湖南省转化医学研究院，加快成果转化。')).toEqual([
      '湖南省转化医学研究院',
    ]);
    expect(frame('湖南要推进建设哪个转化医学研究机构？')?.determiner).toBe(true);
  });

  it('gives nothing for a sentence that does not write the question words', () => {
    expect(texts('湖南支持岳阳以什么为特色？', '全省医药工业营业收入达到1800亿元。')).toEqual([]);
  });

  it('scores a span by how well the question words stand around it', () => {
    const f = frame('湖南支持哪个区建设创新策源地？');
    const s = only('支持雨花区建设创新策源地，打造长沙市医药高地。');
    const at = (t: string) => ({ start: s.text.indexOf(t), end: s.text.indexOf(t) + t.length });
    // 支持 before it (two characters of four), 建设创新策源地 after the noun 区 it ends in (all four).
    expect(gapAlignment(f, s, at('雨花区'))).toBe(0.75);
    expect(gapAlignment(f, s, at('长沙市'))).toBe(0);
    expect(gapAlignment(undefined, s, at('雨花区'))).toBe(0);
  });

  it('for a question asking for several (哪两类), the span runs over a list joined by 和 or 、', () => {
    const q = '某条例把药品分为哪两类？';
    expect(questionShape(normalize(q).text, false, 0, NONE)).toMatchObject({ shape: 'which', plural: true });
    const got = gapSpans(frame(q), only('药品分为甲类药品和乙类药品，分别管理。'), true).map((x) => x.text);
    expect(got).toContain('甲类药品和乙类药品');
    expect(texts(q, '药品分为甲类药品和乙类药品，分别管理。')).toContain('甲类药品');
  });

  it('reads the noun after any measure word of 哪 as what is asked (哪所大学, 哪座城市, 哪项制度)', () => {
    const asked = (q: string) => questionShape(normalize(q).text, false, 0, NONE).asked;
    expect(asked('省里支持哪所大学建设研发平台？')).toContain('大学');
    expect(asked('该条例由哪一个部门负责实施？')).toContain('部门');
    expect(asked('规划提出建立哪项制度？')).toContain('制度');
  });

  it('reads an English question for several by its number word or plural noun, not by "what is"', () => {
    const plural = (q: string) => questionShape(normalize(q).text, true, 0, NONE).plural;
    expect(plural('What two classes are the drugs divided into?')).toBe(true);
    expect(plural('Which three agencies approve the plan?')).toBe(true);
    expect(plural('Which cities does the plan name?')).toBe(true);
    expect(plural('What is the deadline for the report?')).toBe(false);
    expect(plural('What does the plan support the city in building?')).toBe(false);
  });
});

describe('a list of grades as a phrase', () => {
  it('keeps an item that opens with a negation (不合格) in the list', () => {
    const text = '考核结果分为优秀、合格、不合格。';
    const from = text.indexOf('优秀');
    expect(text.slice(from, phraseEnd(text, from, true))).toBe('优秀、合格、不合格');
  });
});
