// Reader for .pdf files with a text layer (pdf.js): pages of positioned text rebuilt into paragraphs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pageParagraphs, type TextRun } from './pdf-lines.ts';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './limits.ts';
import { PAGE_BREAK, UnreadableError, type ReadText } from './reader.ts';

// pdf.js's character maps (for the Chinese fonts most PDFs do not embed) and standard fonts, read
// from the installed package: nothing is fetched at run time.
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const RESOURCES = {
  cMapUrl: join(PDFJS_ROOT, 'cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts/'),
  wasmUrl: join(PDFJS_ROOT, 'wasm/'),
};

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdf.js, loaded when the first PDF is read (it takes a tenth of a second to load, and most runs
 * read none), with its worker's code in this thread (pdf.js uses it when `globalThis.pdfjsWorker` is
 * set, as the worker module sets it, rather than importing it on the first document). The legacy
 * build carries core-js, which on Node 20 (it lacks JSON.rawJSON) replaces JSON.stringify, JSON.parse
 * and Array.prototype.push for the whole process with JavaScript versions (JSON.stringify becomes
 * nine times slower: every index written and every response sent would pay). pdf.js needs none of
 * the three, so the natives are put back once both modules are loaded.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // @ts-expect-error -- the worker module ships without type declarations; only its loading matters here.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    JSON.stringify = natives.stringify;
    JSON.parse = natives.parse;
    Array.prototype.push = natives.push;
    return lib;
  })();
  return pdfjs;
}

/**
 * Reads a text PDF page by page: the text runs of each page with their positions become lines and
 * paragraphs ({@link pageParagraphs}); pages are separated by {@link PAGE_BREAK} lines so that
 * layout repair can drop running headers, footers and page numbers and join sentences broken by a
 * page end. A page without text is named in a warning.
 * @throws UnreadableError for a damaged or password-protected file, for one of more than
 *   `limits.pages` pages (refused before any page is read), and for a PDF with no text at all
 *   (scanned pages are images; there is no OCR).
 */
export async function readPdfFile(bytes: Uint8Array, limits: ReaderLimits = DEFAULT_READER_LIMITS): Promise<ReadText> {
  const { getDocument } = await loadPdfjs();
  let pdf: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    pdf = await getDocument({ data: bytes, ...RESOURCES, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new UnreadableError('password-protected PDF');
    throw new UnreadableError(`not a readable PDF: ${(err as Error).message}`);
  }
  try {
    if (pdf.numPages > limits.pages)
      throw new UnreadableError(`${pdf.numPages} pages, more than the ${limits.pages} read`);
    const pages: string[][] = [];
    const empty: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, fontSize: Math.hypot(a ?? 0, b ?? 0) });
      }
      const paragraphs = pageParagraphs(runs);
      if (paragraphs.length === 0) empty.push(n);
      pages.push(paragraphs);
      page.cleanup();
    }
    if (empty.length === pdf.numPages) {
      const pages = pdf.numPages === 1 ? '1 page' : `${pdf.numPages} pages`;
      throw new UnreadableError(`no text layer (${pages} of images): a scanned PDF? OCR is not supported`);
    }
    const warnings = empty.length > 0 ? [`no text on page ${empty.join(', ')} (an image? not read)`] : [];
    return {
      text: pages.map((p) => p.join('\n')).join(`\n${PAGE_BREAK}\n`),
      bold: [],
      headings: [],
      pages: pdf.numPages,
      warnings,
    };
  } finally {
    await pdf.destroy();
  }
}
