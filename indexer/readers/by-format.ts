// The reader of each source format, loaded on first use (cheerio, mammoth and pdf.js are slow to load).
import type { SourceFormat } from '../store/schema.ts';
import type { Reader } from './reader.ts';

const text = () => import('./text.ts').then((m) => m.readTextFile);
const html = () => import('./html.ts').then((m) => m.readHtmlFile);

/** The reader of each format, loaded when a file of it is first read. */
export const READERS: ReadonlyMap<SourceFormat, () => Promise<Reader>> = new Map<SourceFormat, () => Promise<Reader>>([
  ['txt', text],
  ['md', text],
  ['html', html],
  ['pdf', () => import('./pdf.ts').then((m) => m.readPdfFile)],
  ['docx', () => import('./docx.ts').then((m) => m.readDocxFile)],
  ['doc', () => import('./doc.ts').then((m) => m.readDocFile)],
]);
