// Rebuilding lines and paragraphs from positioned PDF text, on synthetic pages.
import { describe, expect, it } from 'vitest';
import { pageParagraphs, type TextRun } from '../../indexer/readers/pdf-lines.ts';

const SIZE = 16;
const LEFT = 80;
const WIDTH = 440;
/** A line of CJK text at (x, y), each character one em wide. */
const run = (text: string, x: number, y: number, fontSize = SIZE): TextRun => ({
  text,
  x,
  y,
  width: [...text].length * fontSize,
  fontSize,
});
// A paragraph of `lines`, first line indented two characters, each full line reaching the right edge.
function paragraph(lines: string[], top: number): TextRun[] {
  return lines.map((l, k) => run(l, k === 0 ? LEFT + 2 * SIZE : LEFT, top - k * 32));
}
const full = (prefix: string, indent = false) => prefix.padEnd(WIDTH / SIZE - (indent ? 2 : 0), '文');

describe('pageParagraphs', () => {
  it('joins the lines of a paragraph wrapped at the page width and starts a new one at an indent', () => {
    const first = paragraph([full('一、第一段开头', true), full('接着写'), '第一段结束。'], 700);
    const second = paragraph([full('第二段开头', true), '第二段结束。'], 600);
    expect(pageParagraphs([...first, ...second])).toEqual([
      `${full('一、第一段开头', true)}${full('接着写')}第一段结束。`,
      `${full('第二段开头', true)}第二段结束。`,
    ]);
  });

  it('keeps a short line and the line after it apart', () => {
    expect(pageParagraphs([run('（一）发展基础', LEFT + 32, 700), run(full('正文'), LEFT, 668)])).toEqual([
      '（一）发展基础',
      full('正文'),
    ]);
  });

  it('joins the second line of a centred title to its first', () => {
    const title = [run('某某省生物医药产业链提升行动方案（2024-2026', LEFT, 700, 20), run('年）', 280, 660, 20)];
    expect(pageParagraphs([...title, run(full('正文'), LEFT, 600)])).toEqual([
      '某某省生物医药产业链提升行动方案（2024-2026年）',
      full('正文'),
    ]);
  });

  it('reads runs on one baseline left to right, whatever their order in the file', () => {
    expect(pageParagraphs([run('后半句。', LEFT + 32, 700), run('前半', LEFT, 700.4)])).toEqual(['前半后半句。']);
  });

  it('drops the spaces pdf.js puts next to Han characters, and keeps those between Latin words', () => {
    const runs = [
      run('2023 年，发展 PD-1 抑 制 剂', LEFT, 700),
      { ...run('and', 0, 650), x: LEFT },
      run('CRO', LEFT + 3 * 8 + 4, 650, 8),
    ];
    runs[1] = { text: 'and', x: LEFT, y: 650, width: 24, fontSize: 8 };
    runs[2] = { text: 'more', x: LEFT + 28, y: 650, width: 32, fontSize: 8 };
    expect(pageParagraphs(runs)).toEqual(['2023年，发展PD-1抑制剂', 'and more']);
  });

  it('makes a line with wide gaps a table row, its cells joined by tabs', () => {
    const y = 500;
    const cells = [run('序号', 82, y), run('指标名称 单位', 170, y), run('2023 2026', 298, y)];
    const row = [
      run('1', 120, y - 30, 12),
      run('营业收入', 173, y - 30, 12),
      run('亿元', 255, y - 30, 12),
      run('1200', 303, y - 30, 12),
    ];
    expect(pageParagraphs([...cells, ...row])).toEqual(['序号\t指标名称\t单位\t2023\t2026', '1\t营业收入\t亿元\t1200']);
  });
});
