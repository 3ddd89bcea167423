import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { CORPUS_DIR } from '../helpers/paths.ts';

describe('building the index', () => {
  it('builds the same index with a second thread analysing part of the clauses as with one thread', async () => {
    const one = (await buildIndex(CORPUS_DIR, undefined, { thread: false })).data;
    const two = (await buildIndex(CORPUS_DIR, undefined, { thread: true })).data;
    expect(two.clauses).toEqual(one.clauses);
    expect(two.normalized).toEqual(one.normalized);
    expect([...two.vocabulary]).toEqual([...one.vocabulary]);
    expect(two.words.text.terms.parts).toEqual(one.words.text.terms.parts);
    expect(two.words.text.lengths).toEqual(one.words.text.lengths);
    expect(two.words.text.averageLength).toBe(one.words.text.averageLength);
    expect(two.words.heading.terms.parts).toEqual(one.words.heading.terms.parts);
    expect(two.words.heading.lengths).toEqual(one.words.heading.lengths);
    expect(two.grams.parts).toEqual(one.grams.parts);
    expect(two.facts).toEqual(one.facts);
  });
});
