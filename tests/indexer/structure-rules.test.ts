// The structure rules on synthetic documents: closing paragraphs, enumerations, table rows, signatures.
import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_CHARS, MAX_ENUMERATION_CHARS, chunk } from '../../indexer/chunk.ts';
import { findEnumeration } from '../../indexer/enumeration.ts';
import { inferMetadata } from '../../indexer/infer-metadata.ts';
import { repairLayout } from '../../indexer/layout.ts';
import { parseStructure } from '../../indexer/parse-structure.ts';
import type { Clause, SourceDocument } from '../../indexer/store/schema.ts';
import { findSignature, issueDate } from '../../indexer/signature.ts';

/** A synthetic document through layout repair, structure and chunking, as the indexer runs them. */
function clausesOf(lines: string[]): Clause[] {
  const repaired = repairLayout({ text: lines.join('\n\n'), bold: [], headings: [] });
  const source: SourceDocument = {
    meta: { id: 't', ...inferMetadata(repaired.text) },
    path: 't.txt',
    format: 'txt',
    text: repaired.text,
    bold: repaired.bold,
    checksum: '',
    reading: { repairs: repaired.repairs, warnings: [] },
  };
  return chunk(parseStructure(source)).clauses;
}
const find = (clauses: Clause[], start: string) => clauses.find((c) => c.text.startsWith(start));

const TITLE = '某某省医药产业发展行动方案';
const items = (n: number) =>
  Array.from({ length: n }, (_, k) => `${k + 1}. 第${k + 1}项工作。推进第${k + 1}项工作的具体内容。`);

describe('a paragraph after the last item of a numbered list', () => {
  it('goes to the list parent when every item is one paragraph', () => {
    // The items are one paragraph each: a paragraph after the last one opens a topic of （一）.
    const clauses = clausesOf([
      TITLE,
      '一、发展基础',
      '（一）现实基础',
      ...items(3),
      '同时也存在一些短板。',
      '（二）发展环境',
      '环境正在变化。',
    ]);
    expect(find(clauses, '同时也存在')).toMatchObject({
      id: 't/1.1.p1',
      label: '一、（一）',
      section: ['一、发展基础', '（一）现实基础'],
    });
    expect(find(clauses, '3. 第3项')?.id).toBe('t/1.1.3');
  });

  it('numbers it after the parent paragraphs that come before the list', () => {
    const clauses = clausesOf([
      TITLE,
      '一、发展基础',
      '（一）现实基础',
      '总的情况如下。',
      ...items(2),
      '同时也存在一些短板。',
    ]);
    expect(find(clauses, '总的情况')?.id).toBe('t/1.1.p1');
    expect(find(clauses, '同时也存在')?.id).toBe('t/1.1.p2');
  });

  it('stays with the last item when another item goes on past its line too', () => {
    // Item 1 has a second paragraph of its own: in this list, items run over several paragraphs.
    const lines = [TITLE, '一、发展基础', '（一）现实基础', ...items(2), '同时也存在一些短板。'];
    lines.splice(4, 0, '第一项的第二段。');
    const clauses = clausesOf(lines);
    expect(find(clauses, '第一项的第二段')?.id).toBe('t/1.1.1.p1');
    expect(find(clauses, '同时也存在')?.id).toBe('t/1.1.2.p1');
  });

  it('stays with the last item when that item is a title whose text is in its paragraphs', () => {
    const clauses = clausesOf([
      TITLE,
      '一、保障措施',
      '（一）加强组织领导',
      '建立工作机制。',
      '（二）强化要素保障',
      '统筹用地用能。',
    ]);
    expect(find(clauses, '统筹用地')?.id).toBe('t/1.2.p1');
  });

  it('does not count a note after a table inside an item as a paragraph of that item', () => {
    const clauses = clausesOf([
      TITLE,
      '一、发展基础',
      '（一）现实基础',
      items(2)[0] as string,
      '表1 主要指标',
      '序号\t指标\t2025',
      '1\t营业收入\t100',
      '注：数据为快报数。',
      items(2)[1] as string,
      '同时也存在一些短板。',
    ]);
    expect(find(clauses, '同时也存在')?.id).toBe('t/1.1.p1');
  });
});

describe('an enumeration 一是……二是…… in one paragraph', () => {
  const enumeration = (each: number) =>
    '存在一些短板：' + ['一', '二', '三', '四', '五'].map((n) => `${n}是${'短板的具体情况'.repeat(each)}。`).join('');

  it(`stays one clause up to ${MAX_ENUMERATION_CHARS} characters`, () => {
    const text = enumeration(12);
    expect(text.length).toBeGreaterThan(MAX_CLAUSE_CHARS);
    const clauses = clausesOf([TITLE, '一、发展基础', text]);
    expect(clauses.filter((c) => c.text.includes('是短板'))).toHaveLength(1);
  });

  it('is cut at its markers beyond that, each part labelled with its marker', () => {
    const text = enumeration(25);
    expect(text.length).toBeGreaterThan(MAX_ENUMERATION_CHARS);
    const parts = clausesOf([TITLE, '一、发展基础', text]).filter((c) => c.text.includes('是短板'));
    expect(parts.map((p) => p.label)).toEqual(['一、一是', '一、二是', '一、三是', '一、四是', '一、五是']);
    expect(parts.map((p) => p.id)).toEqual(['t/1.p1', 't/1.p1#2', 't/1.p1#3', 't/1.p1#4', 't/1.p1#5']);
    expect(parts[0]?.text.startsWith('存在一些短板：一是')).toBe(true);
    expect(parts[4]?.text.startsWith('五是')).toBe(true);
  });

  it('needs markers in order, each opening a sentence or clause', () => {
    expect(findEnumeration('统一是关键，二是其次。')).toEqual([]);
    expect(findEnumeration('一是规模小；三是人才少。')).toEqual([]);
    expect(findEnumeration('一是规模小；二是人才少。').map((m) => m.start)).toEqual([0, 6]);
  });
});

describe('a table row', () => {
  it('carries its cells under the column names, and a display form without the running number', () => {
    const clauses = clausesOf([
      TITLE,
      '一、主要目标',
      '表1 主要指标',
      '序号\t类型\t指标名称\t单位\t2020\t2025',
      '1\t创新\t创新药生产批件*\t个\t6\t10',
      '2\t\t创新医疗器械\t个\t6\t10',
    ]);
    const row = clauses.find((c) => c.id === 't/table1.r1');
    expect(row?.text).toBe('1\t创新\t创新药生产批件*\t个\t6\t10');
    expect(row?.cells).toContainEqual({ column: '2025', value: '10' });
    expect(row?.display).toBe('创新药生产批件 — 类型: 创新, 单位: 个, 2020: 6, 2025: 10');
    expect(clauses.find((c) => c.id === 't/table1.r2')?.display).toBe('创新医疗器械 — 单位: 个, 2020: 6, 2025: 10');
  });
});

describe('the signature at the end of a document', () => {
  it('is the closing section, apart from the last item', () => {
    const clauses = clausesOf([TITLE, '一、保障措施', ...items(2), '某某省人民政府办公厅', '2024年3月8日']);
    expect(clauses.filter((c) => c.kind === 'closing').map((c) => [c.id, c.text])).toEqual([
      ['t/closing.p1', '某某省人民政府办公厅'],
      ['t/closing.p2', '2024年3月8日'],
    ]);
    expect(find(clauses, '2. 第2项')?.id).toBe('t/1.2');
  });

  it('is read with its issuers and date, in figures or in Chinese numerals, on one line or two', () => {
    expect(findSignature(['正文。', '中共某某省委办公厅', '某某省人民政府办公厅', '2021年12月15日'])).toEqual({
      issuers: ['中共某某省委办公厅', '某某省人民政府办公厅'],
      issued: '2021-12-15',
      lines: 3,
    });
    expect(findSignature(['正文。', '某某省人民政府办公厅 2021年12月15日'])?.issuers).toEqual(['某某省人民政府办公厅']);
    expect(findSignature(['某某市人民政府', '2021年12月15日', '（此件公开发布）'])?.lines).toBe(3);
    expect(issueDate('二〇二三年十一月二十日')).toBe('2023-11-20');
    expect(findSignature(['正文到2025年12月。'])).toBeUndefined();
  });
});

describe('articles, their paragraphs (款) and items (项) as a lawyer cites them', () => {
  // A synthetic law: a chapter, an article of one paragraph, and one whose second and third
  // paragraphs each open a list of their own (the second list restarts at （一）).
  const LAW = [
    '某某样本管理条例',
    '第一章 总则',
    '第一条 为了加强样本管理，制定本条例。',
    '第二章 法律责任',
    '第九十八条 禁止生产、销售假样本。',
    '有下列情形之一的，为假样本：',
    '（一）成分不符合标准；',
    '（二）以非样本冒充样本。',
    '有下列情形之一的，为劣样本：',
    '（一）含量不符合标准；',
    '（二）超过有效期；',
    '1. 未标明有效期；',
    '2. 更改有效期。',
    '禁止未取得批准文件生产样本。',
  ];

  it('labels paragraphs and items by the article, 款 and 项, leaving the chapter to the section path', () => {
    const clauses = clausesOf(LAW);
    const rows = clauses.filter((c) => c.kind !== 'preamble').map((c) => [c.id, c.label]);
    expect(rows).toEqual([
      ['t/a1', '第一条'],
      ['t/a98.p1', '第九十八条第一款'],
      ['t/a98.p2', '第九十八条第二款'],
      ['t/a98.p2.1', '第九十八条第二款第（一）项'],
      ['t/a98.p2.2', '第九十八条第二款第（二）项'],
      ['t/a98.p3', '第九十八条第三款'],
      ['t/a98.p3.1', '第九十八条第三款第（一）项'],
      ['t/a98.p3.2', '第九十八条第三款第（二）项'],
      ['t/a98.p3.2.1', '第九十八条第三款第（二）项第1目'],
      ['t/a98.p3.2.2', '第九十八条第三款第（二）项第2目'],
      ['t/a98.p4', '第九十八条第四款'],
    ]);
    expect(find(clauses, '第九十八条 禁止')?.section).toEqual(['第二章 法律责任', '第九十八条']);
  });

  it('keeps the first paragraph of an article, its number included, as the text of a clause', () => {
    const clauses = clausesOf(LAW);
    expect(find(clauses, '第一条')?.text).toBe('第一条 为了加强样本管理，制定本条例。');
    // The paragraph between two lists is a 款 of its own, not an item of the list before it.
    expect(find(clauses, '有下列情形之一的，为劣样本')?.label).toBe('第九十八条第三款');
  });

  it('searches a heading line that no clause holds with the clause that follows it', () => {
    const clauses = clausesOf(LAW);
    expect(find(clauses, '第一条')?.lead).toBe('第一章 总则');
    expect(find(clauses, '第九十八条')?.lead).toBe('第二章 法律责任');
  });
});

describe('a notice that carries a document as its attachment', () => {
  it('reads the attachment as the document: the notice is its header, the title line starts the document', () => {
    const clauses = clausesOf([
      '关于印发《某某省样本产业发展规划》的通知',
      '各市人民政府：',
      '现将《某某省样本产业发展规划》印发给你们，请认真贯彻执行。',
      '某某省人民政府办公厅',
      '2024年3月8日',
      '附件：某某省样本产业发展规划',
      '样本产业是新兴产业。',
      '一、发展目标',
      '到2026年，样本产业营业收入达到100亿元。',
    ]);
    expect(find(clauses, '各市人民政府')?.kind).toBe('header');
    expect(find(clauses, '样本产业是新兴产业')?.id).toBe('t/preamble.p1');
    expect(find(clauses, '到2026年')?.id).toBe('t/1.p1');
    expect(clauses.some((c) => c.text.startsWith('附件'))).toBe(false);
  });
});
