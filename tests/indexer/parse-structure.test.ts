import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../indexer/parse-structure.ts';
import { readCorpus } from '../../indexer/read-corpus.ts';
import type { SectionNode } from '../../indexer/store/schema.ts';
import { CORPUS_DIR } from '../helpers/paths.ts';

const { documents } = await readCorpus(CORPUS_DIR);
const doc = (id: string) => {
  const d = documents.find((x) => x.meta.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};
const tree = (id: string) => parseStructure(doc(id)).root;
const headings = (node: SectionNode): SectionNode[] =>
  node.children.flatMap((c) =>
    c.kind === 'heading' || c.kind === 'box' || c.kind === 'table' ? [c, ...headings(c)] : headings(c),
  );
const topLabels = (id: string) =>
  tree(id)
    .children.filter((c) => c.kind === 'heading')
    .map((c) => c.label);
const child = (node: SectionNode, label: string) => {
  const c = node.children.find((x) => x.label === label);
  if (!c) throw new Error(`no child ${label} under ${node.label}`);
  return c;
};

// Counted straight from the files with plain regexes, independently of the parser: every line that
// starts with a numbering label (after markdown markers) must become a heading.
const NUMBERED =
  /^(?:[#\s]*)(?:\*\*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[）)])/;
function numberedLinesInFile(path: string): number {
  return readFileSync(join(CORPUS_DIR, path), 'utf8')
    .split('\n')
    .filter((l) => NUMBERED.test(l.trim())).length;
}

describe('parseStructure on the corpus', () => {
  it.each(documents.map((d) => [d.meta.id, d.path] as const))(
    '%s: every numbered line of the file is a heading',
    (id, path) => {
      const numbered = headings(tree(id)).filter((h) => h.kind === 'heading');
      expect(numbered.length).toBe(numberedLinesInFile(path));
    },
  );

  it('reads the top-level sections of each document from their numbering', () => {
    expect(topLabels('jiangxi-2023')).toEqual(['一、', '二、', '三、', '四、']);
    expect(topLabels('jiangsu-2021')).toEqual(['一、', '二、', '三、', '四、']);
    expect(topLabels('bazhong-2022')).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(topLabels('zhejiang-2021')).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(topLabels('jilin-2021')).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('follows the numbering, not the markdown depth, in the Zhejiang plan', () => {
    const root = tree('zhejiang-2021');
    // `## （二）发展环境` sits at the depth of `## 一、` in the file but is the second part of 一、.
    expect(child(root, '一、').children.map((c) => c.label)).toEqual(['（一）', '（二）']);
    // `### 三、发展重点领域` is one level deeper in the file, but a top-level section.
    expect(child(root, '三、').title).toBe('发展重点领域');
    expect(
      child(child(root, '一、'), '（二）')
        .children.filter((c) => c.kind === 'heading')
        .map((c) => c.label),
    ).toEqual(['1.', '2.', '3.', '4.']);
    // `## **五、保障措施**` keeps its label without the bold markers.
    expect(child(root, '五、').children.map((c) => c.label)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
    ]);
  });

  it('takes a bold lead sentence as the heading title (**2. 重点行业优势明显……。**)', () => {
    const item = child(child(child(tree('zhejiang-2021'), '一、'), '（一）'), '2.');
    expect(item.title).toBe('重点行业优势明显，细分领域加快突破');
    expect(item.body).toBeDefined();
  });

  it('parses the statistics table of the Zhejiang plan with its caption, columns and eight rows', () => {
    const table = headings(tree('zhejiang-2021')).find((h) => h.key === 'table1');
    expect(table?.label).toBe('表1');
    expect(table?.title).toBe('“十三五”时期浙江省规模以上医药工业主要经济指标');
    expect(table?.columns).toEqual(['序号', '指标名称', '单位', '2016', '2017', '2018', '2019', '2020']);
    expect(table?.paragraphs).toHaveLength(8);
  });

  it('makes the boxed columns of the Jiangsu plan sections of their own (专栏1 to 专栏5)', () => {
    const boxes = headings(tree('jiangsu-2021')).filter((h) => h.kind === 'box');
    expect(boxes.map((b) => b.label)).toEqual(['专栏1', '专栏2', '专栏3', '专栏4', '专栏5']);
    expect(boxes[1]?.title).toBe('关键核心技术攻关方向');
    expect(boxes[1]?.paragraphs).toHaveLength(4);
  });

  it('separates the distribution header, the title and the preamble of the Jilin opinions', () => {
    const root = tree('jilin-2021');
    const header = root.children.find((c) => c.kind === 'header');
    const preamble = root.children.find((c) => c.kind === 'preamble');
    const text = doc('jilin-2021').text;
    const lines = header?.paragraphs.map((p) => text.slice(p.start, p.end)) ?? [];
    expect(lines).toContain('中共吉林省委办公厅');
    expect(lines).toContain('2021年12月15日');
    expect(lines.join('')).not.toContain('关于加快医药强省建设促进医药健康产业高质量发展的实施意见\n');
    expect(preamble?.paragraphs).toHaveLength(1);
    expect(text.slice(preamble?.paragraphs[0]?.start, preamble?.paragraphs[0]?.end)).toMatch(/^吉林省药用资源丰富/);
  });

  it('keeps each heading label as written: 三、 （二） 7. (二) 1．', () => {
    const labels = new Set(documents.flatMap((d) => headings(parseStructure(d).root).map((h) => h.label)));
    for (const l of ['三、', '（二）', '7.', '(二)', '1．', '1、', '（1）']) expect(labels).toContain(l);
  });

  it('reads an item broken mid-sentence in the file as one line of the repaired text (21 世纪，免疫 / 治疗)', () => {
    const item = child(child(child(tree('zhejiang-2021'), '一、'), '（二）'), '1.');
    const text = doc('zhejiang-2021').text;
    expect(text.slice(item.body?.start, item.body?.end)).toContain('21 世纪，免疫治疗、基因编辑');
  });
});
