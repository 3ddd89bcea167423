import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzerFingerprint } from '../../indexer/analysis/analyzer.ts';
import { IndexLoadError, readIndex, writeIndex } from '../../indexer/store/persist.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const temp = () => join(mkdtempSync(join(tmpdir(), 'zhengce-index-')), 'index.zci');
const expectLoadError = (fn: () => unknown, code: IndexLoadError['code']) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IndexLoadError);
    expect((err as IndexLoadError).code).toBe(code);
    return;
  }
  throw new Error('expected an IndexLoadError');
};

describe('the persisted index', () => {
  const { data } = corpusIndex();

  it('reads back what was written, answering the same searches', () => {
    const path = temp();
    writeIndex(path, data);
    const loaded = readIndex(path, { analyzer: data.analyzer, corpus: data.corpus });
    expect(loaded.clauses).toEqual(data.clauses);
    expect(loaded.documents).toEqual(data.documents);
    expect(loaded.normalized).toEqual(data.normalized);
    expect(loaded.facts).toEqual(data.facts);
    expect(loaded.suggestions).toEqual(data.suggestions);
    expect([...loaded.vocabulary]).toEqual([...data.vocabulary]);
    expect(loaded.words.text.terms.parts).toEqual(data.words.text.terms.parts);
    expect(loaded.words.heading.lengths).toEqual(data.words.heading.lengths);
    expect(loaded.words.heading.averageLength).toBe(data.words.heading.averageLength);
    expect(loaded.grams.parts).toEqual(data.grams.parts);
    const search = (d: typeof data) =>
      searchClauses(new IndexStore(d), parseQuery('一致性评价 医药'), { province: [], doc: [], limit: 50, offset: 0 });
    expect(search(loaded)).toEqual(search(data));
    expect(readdirSync(join(path, '..'))).toEqual(['index.zci']);
  });

  it('refuses a file whose payload was damaged (checksum)', () => {
    const path = temp();
    writeIndex(path, data);
    const raw = readFileSync(path);
    raw[raw.length - 100] = raw[raw.length - 100] === 0x41 ? 0x42 : 0x41;
    writeFileSync(path, raw);
    expectLoadError(() => readIndex(path, { analyzer: data.analyzer }), 'CORRUPT');
  });

  it('refuses a truncated file', () => {
    const path = temp();
    writeIndex(path, data);
    writeFileSync(path, readFileSync(path).subarray(0, 5000));
    expectLoadError(() => readIndex(path, { analyzer: data.analyzer }), 'CORRUPT');
  });

  it('refuses an index built by another analyzer or for another corpus, and says why', () => {
    const path = temp();
    writeIndex(path, data);
    expectLoadError(() => readIndex(path, { analyzer: 'v0-other' }), 'VERSION');
    expectLoadError(() => readIndex(path, { analyzer: analyzerFingerprint(), corpus: 'another' }), 'STALE');
    expectLoadError(() => readIndex(`${path}.missing`, { analyzer: data.analyzer }), 'MISSING');
    writeFileSync(path, 'not an index at all');
    expectLoadError(() => readIndex(path, { analyzer: data.analyzer }), 'CORRUPT');
  });

  it('leaves the last good index in place when a write fails', () => {
    const path = temp();
    writeIndex(path, data);
    const before = readFileSync(path);
    // The documents' sections are written before this one fails.
    const broken = {
      ...data,
      facts: [
        {
          toJSON: () => {
            throw new Error('disk full');
          },
        },
      ],
    } as unknown as typeof data;
    expect(() => writeIndex(path, broken)).toThrow('disk full');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });
});
