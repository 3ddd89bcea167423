// The question's words written right around a span, in any order, and a span's shape (synthetic sentences).
import { describe, expect, it } from 'vitest';
import { sentences } from '../../indexer/figures/index.ts';
import { phraseShape, wordEdges } from '../../server/qa/span-shape.ts';
import { adjacency, ownShare, runAfter, runBefore, spansAfterRuns } from '../../server/qa/term-adjacency.ts';

const only = (text: string) => sentences(text)[0] as NonNullable<ReturnType<typeof sentences>[number]>;

describe('runs of the question words around a span', () => {
  const s = only('支持岳阳建设茶叶加工基地，打造特色园区。');
  const forms = ['支持', '岳阳', '建设', '园区'];

  it('counts the characters of the words that run back from a point, each next to the last', () => {
    expect(runBefore(s.text, 6, forms)).toBe(6);
    expect(runBefore(s.text, 4, forms)).toBe(4);
    expect(runAfter(s.text, 0, forms)).toBe(6);
    expect(runBefore(s.text, 12, forms)).toBe(0);
    // The longest word ending at a point is the one taken: 岳阳建设 as one form runs back as far.
    expect(runBefore(s.text, 6, ['建设', '岳阳建设'])).toBe(4);
  });

  it('scores a span by the runs right before and after it, in any order of the words', () => {
    const at = s.text.indexOf('茶叶加工基地');
    const span = { start: s.start + at, end: s.start + at + 6 };
    expect(adjacency(s, span, forms)).toBeCloseTo(0.5);
    expect(adjacency(s, span, ['建设', '岳阳', '支持'])).toBeCloseTo(0.5);
    expect(adjacency(s, span, [])).toBe(0);
  });

  it('offers the noun phrase after a long enough run as a candidate, and a list of them when asked for several', () => {
    expect(spansAfterRuns(s, forms).map((x) => x.text)).toContain('茶叶加工基地');
    const list = only('重点支持发展化学药和生物药，推动集聚。');
    expect(spansAfterRuns(list, ['支持', '发展'], true).map((x) => x.text)).toContain('化学药和生物药');
  });

  it('measures how much of a span is the question’s own words', () => {
    expect(ownShare('茶叶加工基地', ['茶叶'])).toBeCloseTo(2 / 6);
    expect(ownShare('茶叶加工基地', [])).toBe(0);
  });
});

describe('the shape of a span', () => {
  it('reads a name or noun phrase as whole, and a fragment or verb phrase as less', () => {
    expect(phraseShape('茶叶加工基地')).toBe(1);
    expect(phraseShape('“茶香行动”')).toBe(1);
    expect(phraseShape('，加强协同')).toBe(0);
    expect(phraseShape('加快推动')).toBeLessThan(0.5);
    expect(phraseShape('茶叶加工基地', false)).toBe(0.25);
  });

  it('tells a span that starts inside a word of its sentence', () => {
    const edges = wordEdges('建设茶叶加工基地');
    expect(edges.has(2) && edges.has(8)).toBe(true);
    expect(edges.has(3)).toBe(false);
  });
});
