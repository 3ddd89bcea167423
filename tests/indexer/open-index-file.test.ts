import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactTable } from '../../indexer/store/fact-table.ts';
import { readContainerHeader } from '../../indexer/store/index-file.ts';
import { openIndexFile, writeIndex } from '../../indexer/store/persist.ts';
import { recordSections, type SectionBytes } from '../../indexer/store/records.ts';
import type { Fact } from '../../indexer/store/schema.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const temp = () => join(mkdtempSync(join(tmpdir(), 'zhengce-open-')), 'index.zci');

describe('an index opened rather than read', () => {
  const { data } = corpusIndex();

  it('gives the clauses, texts, outlines and facts that were written, and the same answers', () => {
    const path = temp();
    writeIndex(path, data);
    const opened = openIndexFile(path, { analyzer: data.analyzer, corpus: data.corpus });
    expect([...opened.clauses]).toEqual(data.clauses);
    expect([...opened.normalized]).toEqual(data.normalized);
    expect(opened.documents.map((d) => ({ ...d }))).toEqual(data.documents);
    expect(opened.facts.all()).toEqual(data.facts);
    const k = data.clauses.length - 1;
    expect(opened.labels().get(k)).toBe(data.clauses[k]?.label);
    expect(opened.clauseIds().get(data.clauses[k]?.id as string)).toBe(k);
    const search = (store: IndexStore) =>
      searchClauses(store, parseQuery('一致性评价 医药'), { province: [], doc: [], limit: 50, offset: 0 });
    expect(search(new IndexStore(opened))).toEqual(search(new IndexStore(data)));
    opened.close();
    // Texts are read from the file each time they are asked for (clauses read recently are kept).
    expect(() => opened.documents[0]?.text).toThrow(/closed/);
  });

  it('opens a file damaged in a part it reads later, and its background check finds the damage', async () => {
    const path = temp();
    writeIndex(path, data);
    // A byte in the middle of the clause records: a section no search reads at open.
    const clauses = readContainerHeader(path)?.sections.find((s) => s.name === 'clauses');
    if (!clauses) throw new Error('no clauses section');
    const raw = readFileSync(path);
    const at = clauses.offset + Math.floor(clauses.bytes / 2);
    raw[at] = raw[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(path, raw);
    const opened = openIndexFile(path, { analyzer: data.analyzer });
    const damage = await opened.verifyRest();
    expect(damage?.message).toMatch(/checksum mismatch in section clauses/);
    opened.close();
  });

  it('finds nothing to say of a sound file in its background check', async () => {
    const path = temp();
    writeIndex(path, data);
    const opened = openIndexFile(path, { analyzer: data.analyzer });
    expect(await opened.verifyRest()).toBeUndefined();
    opened.close();
  });
});

describe('the facts of an index file', () => {
  // Synthetic facts of three provinces, interleaved, written as the index writes them.
  const provinces = ['甲', '乙', '丙'];
  const facts = Array.from({ length: 30 }, (_, k) => ({ province: provinces[k % 3], metric: `m${k}` }) as Fact);
  const [records, ends] = recordSections('facts', facts.length, () => facts);
  const chunks: Buffer[] = [];
  const source = records?.[1]();
  if (source && 'pieces' in source) for (const p of source.pieces) chunks.push(Buffer.from(p));
  const bytes = Buffer.concat(chunks);
  const endsSource = ends?.[1]();
  const factEnds = endsSource && 'value' in endsSource ? (endsSource.value as Int32Array) : new Int32Array(0);
  const reads: Array<[number, number]> = [];
  const file: SectionBytes = {
    bytes: (_name, from, to) => {
      reads.push([from, to]);
      return bytes.subarray(from, to);
    },
  };

  it('reads only the facts of the provinces asked for, keeps them, and keeps the order of the index', () => {
    const table = FactTable.fromFile({
      source: file,
      ends: factEnds,
      province: Int32Array.from(facts, (_, k) => k % 3),
      provinces,
    });
    expect(table.inProvinces(new Set(['乙'])).map((f) => f.metric)).toEqual(
      facts.filter((f) => f.province === '乙').map((f) => f.metric),
    );
    const read = reads.reduce((n, [from, to]) => n + to - from, 0);
    expect(read).toBeLessThan(bytes.length / 2);
    // Asked again: nothing more is read.
    const before = reads.length;
    table.inProvinces(new Set(['乙']));
    expect(reads.length).toBe(before);
    expect(table.all()).toEqual(facts);
  });
});
