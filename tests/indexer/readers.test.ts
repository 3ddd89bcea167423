// The document fixtures, made by LibreOffice from one source (tests/fixtures/documents/make-fixtures.sh):
// PDF, DOCX and DOC must come out as their .txt original, clause for clause.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunk } from '../../indexer/chunk.ts';
import { parseStructure } from '../../indexer/parse-structure.ts';
import { buildIndex } from '../../indexer/pipeline.ts';
import { readCorpus } from '../../indexer/read-corpus.ts';
import { readPdfFile } from '../../indexer/readers/pdf.ts';
import type { SourceDocument } from '../../indexer/store/schema.ts';
import { ask } from '../../server/qa/answer.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { FIXTURES_DIR } from '../helpers/paths.ts';

const NAME = 'hunan-2024-biopharma-plan';
const ID = 'hunan-shengwuyiyaochanye-lian-tisheng-2024';
const fixture = (suffix: string) => join(FIXTURES_DIR, 'documents', `${NAME}${suffix}`);

/** A corpus folder holding the given fixture files, under the given names. */
function corpusWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-documents-'));
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
  return dir;
}

async function readOne(suffix: string): Promise<SourceDocument> {
  const { documents, warnings } = await readCorpus(corpusWith({ [`${NAME}${suffix}`]: fixture(suffix) }));
  expect(warnings).toEqual([]);
  return documents[0] as SourceDocument;
}

const view = (d: SourceDocument) =>
  chunk(parseStructure(d)).clauses.map((c) => ({ id: c.id, label: c.label, title: c.title, text: c.text }));

// Taken before any PDF is read: reading one must leave them as they are (see loadPdfjs).
const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
const original = await readOne('.txt');

describe.each([
  ['.pdf', 'pdf', { pages: 3, headersDropped: 3, footersDropped: 0, pageNumbersDropped: 3, linesJoined: 1 }],
  ['.docx', 'docx', { headersDropped: 0, pageNumbersDropped: 0, linesJoined: 1 }],
  ['.doc', 'doc', { headersDropped: 0, pageNumbersDropped: 0, linesJoined: 1 }],
] as const)('the %s fixture', (suffix, format, seen) => {
  it('comes out with the clause ids, labels, titles and text of the .txt original', async () => {
    const d = await readOne(suffix);
    expect(d.format).toBe(format);
    expect(view(d)).toEqual(view(original));
    expect(view(d)).toHaveLength(19);
  });

  it('has the metadata the document states: title, province, issuer, date and document number', async () => {
    const { meta } = await readOne(suffix);
    expect(meta).toMatchObject({
      // The id says what the document is (region, subject, year), whatever the file is called.
      id: ID,
      title: '湖南省生物医药产业链提升行动方案（2024-2026年）',
      province: '湖南',
      level: 'province',
      issuer: '湖南省人民政府办公厅',
      issued: '2024-03-08',
      docNumber: '湘政办发〔2024〕7号',
      period: { from: 2024, to: 2026 },
      metaSource: 'inferred',
    });
  });

  it('reports what was read and repaired', async () => {
    const { reading } = await readOne(suffix);
    const { pages, ...repairs } = seen as { pages?: number } & Record<string, number>;
    expect(reading.pages).toBe(pages);
    expect(reading.repairs).toMatchObject(repairs);
  });
});

describe('PDF reading', () => {
  it("leaves JSON and Array.prototype.push as they were (pdf.js's polyfills would slow the whole process)", async () => {
    await readOne('.pdf');
    expect(JSON.stringify).toBe(natives.stringify);
    expect(JSON.parse).toBe(natives.parse);
    expect(Array.prototype.push).toBe(natives.push);
  });

  afterEach(() => vi.restoreAllMocks());

  it('skips a scanned (image-only) PDF with the reason, and reads the other files', async () => {
    const dir = corpusWith({ 'scan.pdf': fixture('-scanned.pdf'), 'plan.txt': fixture('.txt') });
    const { documents, warnings } = await readCorpus(dir);
    expect(documents.map((d) => d.path)).toEqual(['plan.txt']);
    expect(warnings).toEqual([{ path: 'scan.pdf', reason: expect.stringMatching(/no text layer.*scanned.*OCR/) }]);
  });

  it('reads CID fonts (Type 0, Identity-H) as written by cairo', async () => {
    const d = await readOne('-cid.pdf');
    expect(d.text).toContain('2.推动仿制药提质。推进仿制药质量和疗效一致性评价，支持企业');
    expect(d.text).toContain('1\t产业链营业收入\t亿元\t1200\t1800');
  });

  it("decodes a font that is not embedded through pdf.js's own character maps, fetching nothing", async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const read = await readPdfFile(minimalPdf('一致性评价', 'UniGB-UCS2-H', 'STSong-Light'));
    expect(read.text).toBe('一致性评价');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('skips a damaged PDF, DOCX or DOC with the reason, never stopping the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-damaged-'));
    for (const name of ['broken.pdf', 'broken.docx', 'broken.doc']) writeFileSync(join(dir, name), 'not a document');
    copyFileSync(fixture('.txt'), join(dir, 'plan.txt'));
    const { documents, warnings } = await readCorpus(dir);
    expect(documents.map((d) => d.path)).toEqual(['plan.txt']);
    expect(warnings.map((w) => w.path)).toEqual(['broken.doc', 'broken.docx', 'broken.pdf']);
    for (const w of warnings) expect(w.reason).toMatch(/^not a readable (PDF|Word)/);
  });
});

describe('PDF, DOCX and DOC files in a corpus', () => {
  it('are indexed, searchable, readable and answerable', async () => {
    const dir = corpusWith({
      'plan-a.pdf': fixture('.pdf'),
      'plan-b.docx': fixture('.docx'),
      'plan-c.doc': fixture('.doc'),
    });
    const { data, report } = await buildIndex(dir);
    expect(report.documents.map((d) => [d.id, d.format, d.clauses])).toEqual([
      // Three copies of one plan: the first in path order keeps the id, the others are told apart.
      [ID, 'pdf', 19],
      [`${ID}-2`, 'docx', 19],
      [`${ID}-3`, 'doc', 19],
    ]);
    const store = new IndexStore(data);
    const hits = searchClauses(store, parseQuery('一致性评价'), { province: [], doc: [], limit: 10, offset: 0 });
    expect(hits.hits.map((h) => h.id).sort()).toEqual([`${ID}/2.1.2`, `${ID}-2/2.1.2`, `${ID}-3/2.1.2`].sort());
    // The reader shows the document text; every clause is the slice of it its offsets say.
    for (const c of data.clauses) expect(store.documents.get(c.docId)?.text.slice(c.start, c.end)).toBe(c.text);
    const answer = ask(store, '湖南省到2026年生物医药产业链营业收入力争达到多少？');
    expect(answer.answer?.text).toBe('1800亿元');
  });
});

/** A one-page PDF showing `text` in a font that is not embedded, encoded with a predefined CMap. */
function minimalPdf(text: string, encoding: string, font: string): Uint8Array {
  const codes = [...text].map((ch) => (ch.codePointAt(0) as number).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 16 Tf 72 700 Td <${codes}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font} /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font} /DW 1000 /FontDescriptor 7 0 R ` +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>',
    `<< /Type /FontDescriptor /FontName /${font} /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 ` +
      '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(pdf.length);
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
