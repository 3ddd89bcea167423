import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_CHARS, chunk } from '../../indexer/chunk.ts';
import { parseStructure } from '../../indexer/parse-structure.ts';
import { readCorpus } from '../../indexer/read-corpus.ts';
import type { Clause } from '../../indexer/schema.ts';
import { CORPUS_DIR } from '../helpers/paths.ts';

const clausesOf = async (dir: string) =>
  (await readCorpus(dir)).documents.flatMap((d) => chunk(parseStructure(d)).clauses);
const byId = (clauses: Clause[]) => new Map(clauses.map((c) => [c.id, c]));

const { documents } = await readCorpus(CORPUS_DIR);
const clauses = await clausesOf(CORPUS_DIR);

describe('chunk on the corpus', () => {
  it('gives each clause offsets that cut its text out of the document text', () => {
    for (const c of clauses) {
      const d = documents.find((x) => x.meta.id === c.docId);
      expect(d?.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('builds ids from the numbering path and the full label from the labels', () => {
    const c = byId(clauses).get('jilin-2021/3.2.7');
    expect(c?.label).toBe('三、（二）7.');
    expect(c?.section).toEqual(['三、重点任务', '（二）精准定位发展方向，推进产业优化升级']);
    expect(c?.title).toBe('推动化学药集约化');
    expect(c?.text).toMatch(/^7\. 推动化学药集约化。以化学药一致性评价为契机/);
    expect(byId(clauses).get('zhejiang-2021/table1.r5')?.text).toContain('利润总额');
    expect(byId(clauses).get('jiangsu-2021/box2.p1')?.section.at(-1)).toBe('专栏2 关键核心技术攻关方向');
    expect(byId(clauses).get('jilin-2021/header.p3')?.text).toBe('中共吉林省委办公厅');
    expect(byId(clauses).get('jiangxi-2023/1.2.p1')?.text).toMatch(/^到2026年/);
  });

  it('gives every clause a unique id', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });

  it(`splits a clause over ${MAX_CLAUSE_CHARS} characters at sentence ends into parts id, id#2 …`, () => {
    const parts = clauses.filter((c) => c.part);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) {
      expect(p.id.endsWith(p.part?.index === 1 ? (p.id.split('#')[0] ?? '') : `#${p.part?.index}`)).toBe(true);
      // A part ends at a sentence end, unless it is the last part of its clause.
      if (p.part && p.part.index < p.part.count) expect(p.text).toMatch(/[。！？；][”’」』）)]*$/);
    }
    const long = clauses.filter((c) => c.text.length > MAX_CLAUSE_CHARS);
    // Only a single sentence longer than the limit may stay longer.
    for (const c of long) expect(c.text.slice(0, -1)).not.toMatch(/[。！？；]/);
  });

  it('keeps ids stable across a rebuild', async () => {
    expect((await clausesOf(CORPUS_DIR)).map((c) => c.id)).toEqual(clauses.map((c) => c.id));
  });

  it('keeps the ids of other sections when a section is edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-edit-'));
    const name = 'jilin-2021-pharma-strong-province-opinions';
    copyFileSync(join(CORPUS_DIR, `${name}.meta.json`), join(dir, `${name}.meta.json`));
    const original = readFileSync(join(CORPUS_DIR, `${name}.txt`), 'utf8');
    // A new paragraph in 二、 and a new item in （一） of 三、.
    const edited = original
      .replace('——中药产业主要经济指标全国领先', '新增的一段说明。\n\n——中药产业主要经济指标全国领先')
      .replace('2. 优化协同创新。', '2. 新增条目。新增的内容。\n\n3. 优化协同创新。');
    writeFileSync(join(dir, `${name}.txt`), edited);
    const before = clauses.filter((c) => c.docId === 'jilin-2021');
    const after = byId(await clausesOf(dir));
    const untouched = before.filter((c) => !c.id.startsWith('jilin-2021/2.') && !c.id.startsWith('jilin-2021/3.1.'));
    expect(untouched.length).toBeGreaterThan(30);
    for (const c of untouched) expect(after.get(c.id)?.text).toBe(c.text);
  });
});
