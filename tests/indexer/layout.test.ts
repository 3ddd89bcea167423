// Layout repair on synthetic text: what is joined, what is dropped, what is kept.
import { describe, expect, it } from 'vitest';
import { repairLayout } from '../../indexer/layout.ts';
import { applyEdits } from '../../indexer/text-edits.ts';

const repair = (text: string, headings: Array<{ start: number; end: number }> = []) =>
  repairLayout({ text, bold: [], headings });
const page = (...lines: string[]) => lines.join('\n');
const pages = (...p: string[]) => p.join('\n\f\n');

describe('repairLayout: lines broken inside a sentence', () => {
  it.each([
    ['a line ending in a comma', '推进一致性评价，支持\n\n企业开展研发。', '推进一致性评价，支持企业开展研发。'],
    [
      'a line ending mid-word after a full sentence',
      '1. 加快研发。支持企业开展免疫\n治疗研究。',
      '1. 加快研发。支持企业开展免疫治疗研究。',
    ],
    [
      'a line ending in 、',
      '发展合同研发（CRO）、\n定制研发生产（CDMO）等服务。',
      '发展合同研发（CRO）、定制研发生产（CDMO）等服务。',
    ],
    ['a line longer than a title', `${'医药产业'.repeat(14)}\n的企业。`, `${'医药产业'.repeat(14)}的企业。`],
    [
      'Latin words broken at the width',
      'support for the clinical\ntrials of new drugs。',
      'support for the clinical trials of new drugs。',
    ],
  ])('joins %s', (_why, input, output) => {
    const r = repair(input);
    expect(r.text).toBe(output);
    expect(r.repairs.linesJoined).toBe(1);
  });

  it.each([
    ['a line ending a sentence', '推进一致性评价。\n支持企业开展研发。'],
    ['a heading without a full stop', '（一）发展基础\n全省医药工业实现营业收入1200亿元。'],
    ['a heading with a comma in its title', '（一）加强自主创新，抢占产业发展制高点\n全省医药工业实现营业收入。'],
    ['a short title line', '湖南省生物医药产业链提升行动方案\n为推动全省产业链提质升级，制定本方案。'],
    ['issuer lines of a signature', '中共某某省委办公厅、某某省人民政府办公厅\n2021年12月15日'],
    ['a line before a numbered item', '全省医药产业存在一些短板，主要是\n1. 龙头企业偏少。'],
    ['a line before a table row', '主要指标如下，\n序号\t指标\t2025'],
    ['a line before a bullet or a caption', '总体情况如下，\n——产业规模扩大。\n并且，\n表2 主要目标'],
  ])('keeps %s apart from the next', (_why, input) => {
    const r = repair(input);
    expect(r.text).toBe(input);
    expect(r.repairs.linesJoined).toBe(0);
  });

  it('keeps a line that the format marks as a heading apart, unless a sentence starts in it', () => {
    const text = '加强自主创新，抢占制高点\n支持企业开展研发。';
    expect(repair(text, [{ start: 0, end: 12 }]).text).toBe(text);
    expect(repair(text).text).toBe('加强自主创新，抢占制高点支持企业开展研发。');
  });

  it('moves bold spans with the text', () => {
    const r = repairLayout({ text: '前言，\n\n**后文**。', bold: [{ start: 5, end: 11 }], headings: [] });
    expect(r.text).toBe('前言，**后文**。');
    expect(r.text.slice(r.bold[0]?.start, r.bold[0]?.end)).toBe('**后文**');
  });
});

describe('repairLayout: pages', () => {
  const words = ['产业规模稳步扩大', '创新能力持续提升', '开放合作不断深化'];
  const body = (n: number) => words.map((w, k) => `${w.slice(k, k + 2 + n)}的第${k + 1}段正文。`);

  it('drops a running header and footer repeated on most pages, and page numbers', () => {
    const text = pages(
      page('某某省行动方案', ...body(1), '- 1 -'),
      page('某某省行动方案', ...body(2), '- 2 -'),
      page('某某省行动方案', ...body(3), '第 3 页'),
    );
    const r = repair(text);
    expect(r.text).not.toMatch(/行动方案|- \d -|第 3 页|\f/);
    expect(r.text.split('\n')).toEqual([...body(1), ...body(2), ...body(3)]);
    expect(r.repairs).toEqual({ linesJoined: 0, headersDropped: 3, footersDropped: 0, pageNumbersDropped: 3 });
  });

  it('drops a footer whose page number changes, and a lone figure at the edge of a page', () => {
    const text = pages(
      page(...body(1), '某某省人民政府 第1页'),
      page('2', ...body(2), '某某省人民政府 第2页'),
      page(...body(3), '某某省人民政府 第3页', '3'),
    );
    const r = repair(text);
    expect(r.text.split('\n')).toEqual([...body(1), ...body(2), ...body(3)]);
    expect(r.repairs.footersDropped).toBe(3);
    expect(r.repairs.pageNumbersDropped).toBe(2);
  });

  it('joins a sentence broken by a page end across the footer and header between', () => {
    const text = pages(
      page('方案', ...body(1), '2. 推动仿制药提质。推进一致性评价，支持企业', '- 1 -'),
      page('方案', '开展工艺改进。', ...body(2), '- 2 -'),
    );
    const r = repair(text);
    expect(r.text).toContain('支持企业开展工艺改进。');
    expect(r.repairs.linesJoined).toBe(1);
  });

  it('does not take a line for a running header when it stands on one page only', () => {
    const text = pages(page('总体要求', ...body(1)), page('重点任务', ...body(2)));
    expect(repair(text).text.split('\n')).toEqual(['总体要求', ...body(1), '重点任务', ...body(2)]);
  });

  it('treats page-number lines of a text without page breaks as page ends', () => {
    const text = page(...body(1), '- 1 -', '某某省行动方案', ...body(2), '- 2 -', '某某省行动方案', ...body(3));
    expect(repair(text).text.split('\n')).toEqual([...body(1), ...body(2), ...body(3)]);
  });

  it('leaves a text without layout problems as it is', () => {
    const text = page('一、总体要求', '', '（一）发展基础', '', '全省医药工业稳步发展。');
    const r = repair(text);
    expect(r.text).toBe(text);
    expect(r.repairs).toEqual({ linesJoined: 0, headersDropped: 0, footersDropped: 0, pageNumbersDropped: 0 });
  });
});

describe('applyEdits', () => {
  it('maps offsets of the old text to the new one', () => {
    const e = applyEdits('ab\n\ncd ef', [
      { start: 2, end: 4, insert: '' },
      { start: 6, end: 7, insert: '--' },
    ]);
    expect(e.text).toBe('abcd--ef');
    expect([0, 2, 3, 4, 6, 7, 8].map(e.map)).toEqual([0, 2, 2, 2, 4, 6, 7]);
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 4, insert: '' },
        { start: 3, end: 5, insert: '' },
      ]),
    ).toThrow(/overlapping/);
  });
});
