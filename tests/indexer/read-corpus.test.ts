import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunk } from '../../indexer/chunk.ts';
import { parseStructure } from '../../indexer/parse-structure.ts';
import { readCorpus } from '../../indexer/read-corpus.ts';
import { CORPUS_DIR, FIXTURES_DIR } from '../helpers/paths.ts';

const tempCorpus = () => mkdtempSync(join(tmpdir(), 'zhengce-corpus-'));
const JILIN = 'jilin-2021-pharma-strong-province-opinions';

describe('readCorpus', () => {
  it('reads the five corpus documents with the metadata of their sidecars', async () => {
    const { documents, warnings } = await readCorpus(CORPUS_DIR);
    expect(warnings).toEqual([]);
    expect(documents.map((d) => d.meta.id).sort()).toEqual([
      'bazhong-2022',
      'jiangsu-2021',
      'jiangxi-2023',
      'jilin-2021',
      'zhejiang-2021',
    ]);
    const bazhong = documents.find((d) => d.meta.id === 'bazhong-2022');
    expect(bazhong?.meta).toMatchObject({
      province: '四川',
      provinceEn: 'Sichuan',
      city: '巴中',
      level: 'city',
      status: { zh: '征求意见稿' },
      metaSource: 'sidecar',
    });
    const jilin = documents.find((d) => d.meta.id === 'jilin-2021');
    expect(jilin?.meta).toMatchObject({ issuer: '中共吉林省委办公厅、吉林省人民政府办公厅', issued: '2021-12-15' });
  });

  it('strips markdown markers but keeps the text: no # or bold ** in the Zhejiang plan', async () => {
    const zhejiang = (await readCorpus(CORPUS_DIR)).documents.find((d) => d.meta.id === 'zhejiang-2021');
    expect(zhejiang?.text).not.toMatch(/^#|\*\*[^部]/m);
    // `\*\*部分` is escaped in the file: literal asterisks, a footnote mark of 表2, kept.
    expect(zhejiang?.text).toContain('**部分 2020 年数据');
    expect(zhejiang?.text).toContain('2. 重点行业优势明显，细分领域加快突破。化学制剂领域');
    expect(zhejiang?.bold.length).toBeGreaterThan(40);
  });

  it('reads a government web page: title and article body, no navigation, scripts or footer', async () => {
    const dir = tempCorpus();
    copyFileSync(join(FIXTURES_DIR, 'html/jilin-2021-gov-page.html'), join(dir, 'jilin-2021-gov-page.html'));
    const { documents, warnings } = await readCorpus(dir);
    expect(warnings).toEqual([]);
    const page = documents[0];
    expect(page?.format).toBe('html');
    expect(page?.meta.title).toBe('关于加快医药强省建设促进医药健康产业高质量发展的实施意见');
    expect(page?.text).not.toMatch(/首页|统计代码|jquery|分享到|吉ICP备|float: left/);
    expect(page?.text).toContain('7. 推动化学药集约化。以化学药一致性评价为契机');
    // Inferred metadata: no sidecar beside the page.
    expect(page?.meta).toMatchObject({
      province: '吉林',
      issued: '2021-12-15',
      metaSource: 'inferred',
      kind: { zh: '实施意见' },
    });
  });

  it('parses the web page into the same sections and clause ids as the text file', async () => {
    const dir = tempCorpus();
    copyFileSync(join(FIXTURES_DIR, 'html/jilin-2021-gov-page.html'), join(dir, 'jilin-2021-gov-page.html'));
    const fromHtml = chunk(parseStructure((await readCorpus(dir)).documents[0] as never));
    const fromText = chunk(
      parseStructure((await readCorpus(CORPUS_DIR)).documents.find((d) => d.meta.id === 'jilin-2021') as never),
    );
    const ids = (c: { id: string }[]) => c.map((x) => x.id.slice(x.id.indexOf('/')));
    expect(fromHtml.outline.map((o) => o.label + o.title)).toEqual(fromText.outline.map((o) => o.label + o.title));
    expect(ids(fromHtml.clauses)).toEqual(ids(fromText.clauses));
  });

  it('infers the metadata of a document that has none beside it', async () => {
    const dir = tempCorpus();
    copyFileSync(join(CORPUS_DIR, 'jiangxi-2023-pharma-chain-action-plan.txt'), join(dir, 'new-plan.txt'));
    const meta = (await readCorpus(dir)).documents[0]?.meta;
    expect(meta).toMatchObject({
      // From what it is: region, the title's subject in pinyin, its year; not from the file name.
      id: 'jiangxi-yiyao-chanyelianxiandaihua-2023',
      title: '江西省医药产业链现代化建设行动方案（2023-2026年）',
      province: '江西',
      provinceEn: 'Jiangxi',
      level: 'province',
      kind: { zh: '行动方案' },
      period: { from: 2023, to: 2025 + 1 },
      metaSource: 'inferred',
    });
  });

  it('infers a city-level document: city, its province, 十四五 period and draft status', async () => {
    const dir = tempCorpus();
    copyFileSync(join(CORPUS_DIR, 'bazhong-2022-biopharma-action-plan-draft.txt'), join(dir, 'bz.txt'));
    expect((await readCorpus(dir)).documents[0]?.meta).toMatchObject({
      province: '四川',
      city: '巴中',
      cityEn: 'Bazhong',
      level: 'city',
      status: { zh: '征求意见稿' },
      period: { from: 2022, to: 2025 },
    });
  });

  it('decodes a GB18030 (GBK) file and drops a UTF-8 byte order mark', async () => {
    const dir = tempCorpus();
    copyFileSync(join(FIXTURES_DIR, 'gbk/zhejiang-tcm-granules-gbk.txt'), join(dir, 'gbk.txt'));
    writeFileSync(
      join(dir, 'bom.txt'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('吉林省医药产业行动方案\n\n一、总体要求\n\n推进一致性评价。'),
      ]),
    );
    const { documents } = await readCorpus(dir);
    const gbk = documents.find((d) => d.path === 'gbk.txt');
    expect(gbk?.text).toContain('推进带量采购');
    expect(gbk?.meta.province).toBe('浙江');
    expect(documents.find((d) => d.path === 'bom.txt')?.text.startsWith('吉林省')).toBe(true);
  });

  it('skips an empty or binary file with a warning naming it', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    copyFileSync(join(CORPUS_DIR, `${JILIN}.txt`), join(dir, 'ok.txt'));
    const { documents, warnings } = await readCorpus(dir);
    expect(documents).toHaveLength(1);
    expect(warnings).toEqual([
      { path: 'empty.txt', reason: 'empty file' },
      { path: 'image.md', reason: 'binary file (contains NUL bytes)' },
    ]);
  });

  it('gives two documents that claim one id distinct ids, in path order, with a warning naming both files', async () => {
    const dir = tempCorpus();
    for (const name of ['b.txt', 'a.txt']) {
      copyFileSync(join(CORPUS_DIR, `${JILIN}.txt`), join(dir, name));
      copyFileSync(join(CORPUS_DIR, `${JILIN}.meta.json`), join(dir, name.replace('.txt', '.meta.json')));
    }
    const { documents, warnings } = await readCorpus(dir);
    expect(documents.map((d) => [d.path, d.meta.id])).toEqual([
      ['a.txt', 'jilin-2021'],
      ['b.txt', 'jilin-2021-2'],
    ]);
    expect(warnings).toEqual([
      { path: 'b.txt', reason: 'its id "jilin-2021" is taken by a.txt; it is "jilin-2021-2" instead' },
    ]);
  });

  it('ignores a malformed sidecar with a warning and infers the metadata instead', async () => {
    const dir = tempCorpus();
    copyFileSync(join(CORPUS_DIR, `${JILIN}.txt`), join(dir, 'doc.txt'));
    writeFileSync(join(dir, 'doc.meta.json'), '{ "id": "Not An Id" ');
    const { documents, warnings } = await readCorpus(dir);
    expect(documents[0]?.meta.metaSource).toBe('inferred');
    expect(warnings[0]?.path).toBe('doc.meta.json');
    expect(readFileSync(join(dir, 'doc.meta.json'), 'utf8')).toContain('Not An Id');
  });
});

describe('metadata the document states', () => {
  const TEXT = [
    '赣府厅字〔2023〕12号',
    '某某产业链高质量发展行动方案',
    '为推进产业链发展，制定本方案。',
    '一、总体要求',
    '加强与浙江省、浙江企业的合作，推进一致性评价。',
    '江西省人民政府办公厅',
    '2023年5月6日',
  ].join('\n\n');

  it('reads the document number, the issuer and date of the signature, and the region from the issuer', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    // The title names no place, the text names 浙江 more often: the region comes from the issuer.
    expect((await readCorpus(dir)).documents[0]?.meta).toMatchObject({
      docNumber: '赣府厅字〔2023〕12号',
      issuer: '江西省人民政府办公厅',
      issued: '2023-05-06',
      province: '江西',
      metaSource: 'inferred',
    });
  });

  it('lets a sidecar override, and fills in what the sidecar leaves out', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'plan.txt'), TEXT);
    const sidecar = {
      id: 'plan',
      title: '行动方案',
      region: { zh: '江西', en: 'Jiangxi' },
      province: '江西',
      level: 'province',
    };
    writeFileSync(join(dir, 'plan.meta.json'), JSON.stringify({ ...sidecar, issued: '2023-05-08' }));
    expect((await readCorpus(dir)).documents[0]?.meta).toMatchObject({
      title: '行动方案',
      issued: '2023-05-08',
      issuer: '江西省人民政府办公厅',
      docNumber: '赣府厅字〔2023〕12号',
      metaSource: 'sidecar',
    });
  });
});
