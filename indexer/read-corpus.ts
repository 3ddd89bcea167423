// corpus/ -> SourceDocument[]: each file read by its format's reader, its layout repaired, metadata.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { inferMetadata } from './infer-metadata.ts';
import { repairLayout } from './layout.ts';
import { documentIds, type Unnamed } from './document-id.ts';
import { linkVersions } from './versions.ts';
import { extractFields } from './source-fields.ts';
import { UnreadableError, type Reader } from './readers/reader.ts';
import { findProvince } from './regions/regions.ts';
import type { DocumentMeta, SourceDocument, SourceFormat } from './store/schema.ts';

/** A problem with one corpus file that the build tolerated by skipping or guessing. */
export interface CorpusWarning {
  readonly path: string;
  readonly reason: string;
}

/** A corpus the build must not go on with (two documents with one id). */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

const MiB = 1024 * 1024;
// Readers are loaded when a file of their format is first read: a server that loads its persisted
// index never loads cheerio, mammoth or pdf.js (a third of a second at start).
const text = () => import('./readers/text.ts').then((m) => m.readTextFile);
const html = () => import('./readers/html.ts').then((m) => m.readHtmlFile);
/** The reader of an extension, loaded on first use, and the largest file it takes (PDF and Word files carry images). */
interface FileFormat {
  readonly format: SourceFormat;
  readonly load: () => Promise<Reader>;
  readonly maxBytes: number;
}
// The extension of each file name is looked up here.
const FORMATS: ReadonlyMap<string, FileFormat> = new Map([
  ['.txt', { format: 'txt', load: text, maxBytes: 20 * MiB }],
  ['.md', { format: 'md', load: text, maxBytes: 20 * MiB }],
  ['.html', { format: 'html', load: html, maxBytes: 20 * MiB }],
  ['.htm', { format: 'html', load: html, maxBytes: 20 * MiB }],
  ['.pdf', { format: 'pdf', load: () => import('./readers/pdf.ts').then((m) => m.readPdfFile), maxBytes: 100 * MiB }],
  [
    '.docx',
    { format: 'docx', load: () => import('./readers/docx.ts').then((m) => m.readDocxFile), maxBytes: 100 * MiB },
  ],
  ['.doc', { format: 'doc', load: () => import('./readers/doc.ts').then((m) => m.readDocFile), maxBytes: 100 * MiB }],
] as const);
const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
/** The `.meta.json` sidecar beside a corpus file. */
export const SidecarSchema = z
  .object({
    id: z.string().regex(ID, 'lower-case letters, digits, dot, dash or underscore'),
    title: z.string().min(1),
    titleEn: z.string().optional(),
    region: bilingual,
    province: z.string().min(1),
    city: z.string().optional(),
    cityEn: z.string().optional(),
    level: z.enum(['national', 'province', 'city', 'county']),
    kind: bilingual.optional(),
    period: z
      .object({ from: z.number().int().optional(), to: z.number().int().optional(), label: z.string().optional() })
      .optional(),
    issuer: z.string().optional(),
    issued: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    docNumber: z.string().optional(),
    status: bilingual.optional(),
    sourceFile: z.string().optional(),
  })
  .strict();

/** The extensions the corpus reads, each with its format. */
export const CORPUS_EXTENSIONS: ReadonlyMap<string, SourceFormat> = new Map(
  [...FORMATS].map(([ext, f]) => [ext, f.format]),
);

/**
 * Reads every document in `dir` (not recursive; `README.md`, dot files and `.meta.json` sidecars are
 * not documents): `.txt`, `.md`, `.html`, `.pdf`, `.docx`, `.doc`, each through its reader and then
 * layout repair. Metadata is inferred from the text and `NAME.meta.json` beside `NAME.txt` overrides
 * it (the issuer, date and document number the text states fill in what a sidecar leaves out). A
 * file that cannot be read (empty, binary, undecodable, scanned, damaged, no text) is skipped with a
 * warning giving the reason.
 * @param onProgress called after each file with the count read and the count to read
 * @returns the documents; the warnings; `skipped`, the files not read (their reasons are warnings)
 * Ids come from what each document is ({@link documentIds}); two that would share one are told
 * apart with a warning. Versions of one document are linked ({@link linkVersions}).
 */
export async function readCorpus(
  dir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ documents: SourceDocument[]; warnings: CorpusWarning[]; skipped: string[] }> {
  const documents: ReadDocument[] = [];
  const warnings: CorpusWarning[] = [];
  const skipped: string[] = [];
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('.') && n.toLowerCase() !== 'readme.md')
    .filter((n) => FORMATS.has(extname(n).toLowerCase()) && statSync(join(dir, n)).isFile())
    .sort();
  for (const [k, name] of names.entries()) {
    const result = await readDocument(dir, name, FORMATS.get(extname(name).toLowerCase()) as FileFormat);
    onProgress?.(k + 1, names.length);
    if ('reason' in result) {
      warnings.push(result);
      skipped.push(name);
      continue;
    }
    warnings.push(...result.warnings);
    documents.push(result.document);
  }
  const { ids, renamed } = documentIds(documents);
  warnings.push(...renamed);
  const named = documents.map((d, k) => ({ ...d, meta: { ...d.meta, id: ids[k] as string } }) as SourceDocument);
  return { documents: linkVersions(named), warnings, skipped };
}

/** A document as read, before the corpus gives it its id (a sidecar's id is kept as the wanted one). */
type ReadDocument = Omit<SourceDocument, 'meta'> & Unnamed;

async function readDocument(
  dir: string,
  name: string,
  { format, load, maxBytes }: FileFormat,
): Promise<{ document: ReadDocument; warnings: CorpusWarning[] } | CorpusWarning> {
  // Outside the try: a reader that cannot be loaded is a broken installation, not a bad file.
  const read = await load();
  const bytes = readFileSync(join(dir, name));
  if (bytes.length > maxBytes) return { path: name, reason: `larger than ${maxBytes} bytes` };
  let raw: Awaited<ReturnType<Reader>>;
  try {
    raw = await read(new Uint8Array(bytes));
  } catch (err) {
    if (err instanceof UnreadableError) return { path: name, reason: err.reason };
    // A damaged file of a binary format is one bad file, not a bad corpus.
    return { path: name, reason: `cannot be read as ${format}: ${(err as Error).message}` };
  }
  const fielded = extractFields(raw);
  const repaired = repairLayout(fielded);
  if (repaired.text.trim().length === 0) return { path: name, reason: 'no text' };
  const warnings: CorpusWarning[] = raw.warnings.map((reason) => ({ path: name, reason }));
  const inferred = inferMetadata(repaired.text, raw.title, fielded.fields);
  const sidecar = readSidecar(dir, name, warnings);
  // A sidecar overrides; what the text itself states (issuer, dates, 文号, category) fills in what it leaves out.
  const meta = sidecar ? { ...statedIn(inferred), ...sidecar } : inferred;
  const checksum = createHash('sha256').update(bytes).digest('hex');
  return {
    document: {
      meta,
      path: name,
      format,
      text: repaired.text,
      bold: repaired.bold,
      checksum,
      reading: {
        ...(raw.pages !== undefined ? { pages: raw.pages } : {}),
        ...(raw.encoding ? { encoding: raw.encoding } : {}),
        repairs: repaired.repairs,
        warnings: raw.warnings,
      },
    },
    warnings,
  };
}

function statedIn(
  meta: Omit<DocumentMeta, 'id'>,
): Pick<DocumentMeta, 'issuer' | 'issued' | 'docNumber' | 'category' | 'dates' | 'source' | 'notice'> {
  return {
    ...(meta.category ? { category: meta.category } : {}),
    ...(meta.dates ? { dates: meta.dates } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.notice ? { notice: meta.notice } : {}),
    ...(meta.issuer ? { issuer: meta.issuer } : {}),
    ...(meta.issued ? { issued: meta.issued } : {}),
    ...(meta.docNumber ? { docNumber: meta.docNumber } : {}),
  };
}

function readSidecar(dir: string, name: string, warnings: CorpusWarning[]): DocumentMeta | undefined {
  const sidecar = `${basename(name, extname(name))}.meta.json`;
  const path = join(dir, sidecar);
  if (!existsSync(path)) return undefined;
  let parsed: z.infer<typeof SidecarSchema>;
  try {
    parsed = SidecarSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    const reason =
      err instanceof z.ZodError
        ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
        : String((err as Error).message);
    warnings.push({ path: sidecar, reason: `ignored, metadata inferred instead: ${reason}` });
    return undefined;
  }
  const province = findProvince(parsed.province);
  if (!province) {
    warnings.push({ path: sidecar, reason: `ignored, unknown province "${parsed.province}"` });
    return undefined;
  }
  const { sourceFile: _sourceFile, ...meta } = parsed;
  return { ...meta, province: province.zh, provinceEn: province.en, metaSource: 'sidecar' };
}

/**
 * A checksum of everything in the corpus folder that the build reads (documents and sidecars):
 * the index is rebuilt when it changes.
 */
export function corpusFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith('.') || !statSync(path).isFile()) continue;
    hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Bytes of the files in the corpus folder (its size, before reading it). */
export function corpusBytes(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const stats = statSync(join(dir, name));
    if (!name.startsWith('.') && stats.isFile()) bytes += stats.size;
  }
  return bytes;
}
