import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_CHARS, MAX_ENUMERATION_CHARS, chunk } from '../../indexer/chunk.ts';
import { findEnumeration } from '../../indexer/enumeration.ts';
import { parseStructure } from '../../indexer/parse-structure.ts';
import { readCorpus } from '../../indexer/read-corpus.ts';
import type { Clause } from '../../indexer/store/schema.ts';
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
    expect(parts.length).toBeGreaterThanOrEqual(10);
    for (const p of parts) {
      expect(p.id.endsWith(p.part?.index === 1 ? (p.id.split('#')[0] ?? '') : `#${p.part?.index}`)).toBe(true);
      // A part ends at a sentence end, unless it is the last part of its clause.
      if (p.part && p.part.index < p.part.count) expect(p.text).toMatch(/[。！？；][”’」』）)]*$/);
    }
    const long = clauses.filter((c) => c.text.length > MAX_CLAUSE_CHARS);
    // Only a single sentence, or an enumeration (一是……二是……) within its own limit, may stay longer.
    for (const c of long) {
      if (findEnumeration(c.text).length > 0) expect(c.text.length).toBeLessThanOrEqual(MAX_ENUMERATION_CHARS);
      else expect(c.text.slice(0, -1)).not.toMatch(/[。！？；]/);
    }
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

describe('the Zhejiang plan reads as the document does', () => {
  const zhejiang = documents.find((d) => d.meta.id === 'zhejiang-2021');
  const own = clauses.filter((c) => c.docId === 'zhejiang-2021');
  const starting = (s: string) => own.filter((c) => c.text.startsWith(s));

  it('joins the lines the source broke mid-sentence, in the text, the reader and snippets', () => {
    for (const joined of ['产业国际化发展面临挑战', '21 世纪，免疫治疗', '全省医药储备结构持续优化'])
      expect(zhejiang?.text).toContain(joined);
  });

  it('puts the paragraphs that close a numbered list under the list parent, not under its last item', () => {
    // Items 1–6 of （一）现实基础 are one paragraph each; the paragraph on weaknesses closes the list.
    expect(starting('我省医药产业也存在一些短板')).toMatchObject([
      { id: 'zhejiang-2021/1.1.p1', label: '一、（一）', section: ['一、现实基础与发展环境', '（一）现实基础'] },
    ]);
    // （二）发展环境: an opening paragraph, items 1–4, and a closing one.
    expect(starting('“十四五”时期处于')[0]?.id).toBe('zhejiang-2021/1.2.p1');
    expect(starting('宏观形势的深刻变化')).toMatchObject([{ id: 'zhejiang-2021/1.2.p2', label: '一、（二）' }]);
  });

  it('keeps the enumeration 一是……五是 as one clause', () => {
    const enumeration = starting('我省医药产业也存在一些短板')[0];
    expect(enumeration?.text).toContain('一是总体规模能级偏小');
    expect(enumeration?.text).toContain('五是发展空间制约突出');
    expect(enumeration?.part).toBeUndefined();
  });

  it('gives each table row its column names', () => {
    const row = own.find((c) => c.id === 'zhejiang-2021/table2.r4');
    expect(row?.text).toBe('4\t自主创新\t创新药生产批件(品规)*\t个\t6\t10');
    expect(row?.cells?.filter((c) => /^20\d\d$/.test(c.column))).toEqual([
      { column: '2020', value: '6' },
      { column: '2025', value: '10' },
    ]);
    expect(row?.display).toBe('创新药生产批件(品规) — 类型: 自主创新, 单位: 个, 2020: 6, 2025: 10');
  });
});

describe('items of one sentence', () => {
  it('keeps a numbered line with nothing under it as a clause, so that its words can be found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-leaf-'));
    // Written for this test: every item is one line, all title, with no text under it.
    writeFileSync(
      join(dir, 'hunan-plan.txt'),
      '湖南省医药产业发展规划\n一、重点任务\n（一）落实药品集中带量采购。\n（二）做好中选药品的配备使用。\n二、保障措施\n加强组织领导。\n',
    );
    const found = await clausesOf(dir);
    const items = found.filter((c) => c.kind === 'item');
    expect(items.map((c) => [c.id, c.label, c.text])).toEqual([
      ['hunan-yiyaochanye-fazhan-guihua/1.1', '一、（一）', '（一）落实药品集中带量采购。'],
      ['hunan-yiyaochanye-fazhan-guihua/1.2', '一、（二）', '（二）做好中选药品的配备使用。'],
    ]);
    expect(items[0]?.section).toEqual(['一、重点任务']);
    expect(found.some((c) => c.text === '加强组织领导。')).toBe(true);
  });
});
