import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../indexer/read-corpus.ts';
import { extractFields } from '../../indexer/source-fields.ts';
import { categoryOf, readLegalHeader } from '../../indexer/legal-header.ts';

// Synthetic documents written for these tests: a law with its history lines, a notice carrying a
// plan under a crawler's header, and two versions of one regulation, under the names publishers use.
const LAW = (amended: string) =>
  [
    '# 中华人民共和国样本管理法',
    '',
    '2019年6月29日 第十三届全国人民代表大会常务委员会第十一次会议通过',
    '',
    amended,
    '',
    '<!-- INFO END -->',
    '',
    '## 第一章 总则',
    '',
    '第一条 为了加强样本管理，制定本法。',
    '',
    '第二条 国家实行样本登记制度。',
    '',
    '本法自2019年12月1日起施行。',
  ].join('\n');

const NOTICE = [
  '# 关于印发《上海市样本产业培育行动方案（2025-2027年）》的通知',
  '',
  '**发布日期**: 2025-03-04',
  '**发布机构**: 上海市科学技术委员会',
  '**原文链接**: [http://example.gov.cn/a.html](http://example.gov.cn/a.html)',
  '**检索时间**: 2026-02-02 15:25:09',
  '',
  '---',
  '',
  '沪科〔2025〕9号',
  '',
  '各有关单位：',
  '',
  '现将《上海市样本产业培育行动方案（2025-2027年）》印发给你们，请认真贯彻落实。',
  '',
  '上海市科学技术委员会',
  '',
  '2025年3月1日',
  '',
  '**上海市样本产业培育行动方案（2025-2027年）**',
  '',
  '为培育样本产业，制定本方案。',
  '',
  '一、主要目标',
  '',
  '到2027年，培育样本企业10家。',
].join('\n');

function corpusOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-identity-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('labelled lines and markup that are not body', () => {
  it('drops a crawler header, comments and rules, keeping what they say as fields', () => {
    const text = ['标题', '发布日期: 2025-01-10', '原文链接: [x](http://a.cn/1)', '<!-- END -->', '---', '正文。'].join(
      '\n',
    );
    const out = extractFields({ text, bold: [], headings: [] });
    expect(out.text).toBe('标题\n正文。');
    expect(out.fields).toEqual({ published: '2025-01-10', source: 'http://a.cn/1' });
  });

  it('keeps a labelled line of the body whose label is no metadata field', () => {
    const lines = ['目标：到2025年，收入1000亿元。', ...Array.from({ length: 30 }, (_, k) => `第${k}段。`)];
    const out = extractFields({ text: lines.join('\n'), bold: [], headings: [] });
    expect(out.text).toBe(lines.join('\n'));
  });
});

describe('a law or rule from its history lines', () => {
  it('reads passed, amended and the maker, whose kind of body gives the category', () => {
    const header = readLegalHeader([
      '2006年11月30日 某省第十届人民代表大会常务委员会第二十四次会议通过',
      '2012年1月13日 某省第十一届人民代表大会常务委员会第二十八次会议《关于修改〈某条例〉的决定》第一次修正',
    ]);
    expect(header.dates).toEqual({ passed: '2006-11-30', amended: ['2012-01-13'] });
    expect(header.maker).toBe('某省人民代表大会常务委员会');
    expect(header.category?.zh).toBe('地方性法规');
  });

  it('tells a State Council regulation and a ministry rule by the order that promulgates them', () => {
    expect(readLegalHeader(['2002年8月4日 中华人民共和国国务院令第360号公布']).category?.zh).toBe('行政法规');
    expect(readLegalHeader(['2022年3月10日 国家样本管理总局令第53号公布']).category?.zh).toBe('部门规章');
    expect(categoryOf('上海市科学技术委员会')).toBeUndefined();
  });
});

describe('document ids and metadata from what a document is', () => {
  it('names a law, a notice and two versions of a regulation readably, uniquely and stably', async () => {
    const dir = corpusOf({
      '样本管理法(2019-06-29).md': LAW(''),
      '样本管理法(2024-04-26).md': LAW('2024年4月26日 第十四届全国人民代表大会常务委员会第九次会议修正'),
      '关于印发《上海市样本产业培育行动方案（2025-2027年）》的通知.md': NOTICE,
    });
    const { documents, warnings } = await readCorpus(dir);
    expect(warnings).toEqual([]);
    const byPath = new Map(documents.map((d) => [d.path, d.meta]));
    const first = byPath.get('样本管理法(2019-06-29).md');
    const second = byPath.get('样本管理法(2024-04-26).md');
    const notice = byPath.get('关于印发《上海市样本产业培育行动方案（2025-2027年）》的通知.md');
    // Region (cn for national), the title's subject in pinyin, the year of its latest date.
    expect(first?.id).toMatch(/^cn-yangben-guanlifa-2019$/);
    expect(second?.id).toMatch(/^cn-yangben-guanlifa-2024$/);
    expect(first).toMatchObject({
      title: '中华人民共和国样本管理法',
      province: '全国',
      level: 'national',
      kind: { zh: '法' },
      category: { zh: '法律', en: 'law' },
      issuer: '全国人民代表大会常务委员会',
      dates: { passed: '2019-06-29', effective: '2019-12-01' },
      version: { latest: false, versions: [first?.id, second?.id] },
    });
    expect(second).toMatchObject({
      dates: { amended: ['2024-04-26'] },
      version: { date: '2024-04-26', latest: true },
    });
    // The latest version stands first, so that a clause both versions write ranks first in it.
    const order = documents.map((d) => d.meta.id);
    expect(order.indexOf(second?.id as string)).toBeLessThan(order.indexOf(first?.id as string));
    // The notice is indexed as the plan it carries, with the notice's number, issuer and date.
    expect(notice).toMatchObject({
      title: '上海市样本产业培育行动方案（2025-2027年）',
      notice: { title: '关于印发《上海市样本产业培育行动方案（2025-2027年）》的通知' },
      province: '上海',
      kind: { zh: '行动方案' },
      category: { zh: '规范性文件' },
      docNumber: '沪科〔2025〕9号',
      issuer: '上海市科学技术委员会',
      issued: '2025-03-01',
      dates: { published: '2025-03-04' },
      source: 'http://example.gov.cn/a.html',
      period: { from: 2025, to: 2027 },
    });
    expect(notice?.id).toBe('shanghai-yangben-chanye-peiyu-2025');
    // The crawler's lines and the markup comment are no part of the text.
    for (const d of documents) expect(d.text).not.toMatch(/发布日期|检索时间|INFO END|^---$/m);
  });

  it('keeps two files whose names give nothing Latin, telling them apart with a warning', async () => {
    const dir = corpusOf({ '（一）.md': LAW(''), '（二）.md': LAW('') });
    const { documents, warnings } = await readCorpus(dir);
    expect(documents.map((d) => d.meta.id)).toEqual(['cn-yangben-guanlifa-2019', 'cn-yangben-guanlifa-2019-2']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.path).toBe('（二）.md');
  });
});
