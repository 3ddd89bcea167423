// corpus/ -> SourceDocument[]: each file read by its format's reader, its layout repaired, metadata.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { listCorpusFiles, readCorpusFile } from './corpus-files.ts';
import { inferMetadata } from './infer-metadata.ts';
import { documentIds, type Unnamed } from './document-id.ts';
import { linkVersions } from './versions.ts';
import { ReaderThread } from './reader-thread.ts';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './readers/limits.ts';
import { UnreadableError } from './readers/reader.ts';
import { findProvince } from './regions/regions.ts';
import type { DocumentMeta, SourceDocument, SourceFormat } from './store/schema.ts';

/** A problem with one corpus file that the build tolerated by skipping or guessing. */
export interface CorpusWarning {
  readonly path: string;
  readonly reason: string;
}

const MiB = 1024 * 1024;
/** A format, and the largest file of it that is read (PDF and Word files carry images). */
interface FileFormat {
  readonly format: SourceFormat;
  readonly maxBytes: number;
}
// The extension of each file name is looked up here; the readers run in a ReaderThread.
const FORMATS: ReadonlyMap<string, FileFormat> = new Map([
  ['.txt', { format: 'txt', maxBytes: 20 * MiB }],
  ['.md', { format: 'md', maxBytes: 20 * MiB }],
  ['.html', { format: 'html', maxBytes: 20 * MiB }],
  ['.htm', { format: 'html', maxBytes: 20 * MiB }],
  ['.pdf', { format: 'pdf', maxBytes: 100 * MiB }],
  ['.docx', { format: 'docx', maxBytes: 100 * MiB }],
  ['.doc', { format: 'doc', maxBytes: 100 * MiB }],
] as const);
/** The largest sidecar read: a few hundred bytes of metadata. */
const SIDECAR_MAX_BYTES = 64 * 1024;
const SIDECAR = '.meta.json';
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
 * file that cannot be read (empty, binary, undecodable, scanned, damaged, no text, over a limit of
 * {@link ReaderLimits}) is skipped with a warning giving the reason, and so is an entry that is not a
 * regular file named in UTF-8 (a symbolic link, a FIFO, a device: see listCorpusFiles).
 * @param onProgress called after each file with the count read and the count to read
 * @param limits what reading one file may cost (DEFAULT_READER_LIMITS)
 * @returns the documents; the warnings; `skipped`, the files not read (their reasons are warnings)
 * Ids come from what each document is ({@link documentIds}); two that would share one are told
 * apart with a warning. Versions of one document are linked ({@link linkVersions}).
 */
export async function readCorpus(
  dir: string,
  onProgress?: (done: number, total: number) => void,
  limits: ReaderLimits = DEFAULT_READER_LIMITS,
): Promise<{ documents: SourceDocument[]; warnings: CorpusWarning[]; skipped: string[] }> {
  const documents: ReadDocument[] = [];
  const { files, refused } = listCorpusFiles(dir, isDocumentName);
  const warnings: CorpusWarning[] = [...refused];
  const skipped: string[] = refused.map((r) => r.path);
  const names = files.map((f) => f.name);
  const results = await readDocuments(dir, names, limits, onProgress);
  for (const [k, name] of names.entries()) {
    const result = results[k] as Awaited<ReturnType<typeof readDocument>>;
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

// Each file read in turn in one reader thread, which ends with the reading.
async function readDocuments(
  dir: string,
  names: readonly string[],
  limits: ReaderLimits,
  onProgress?: (done: number, total: number) => void,
): Promise<Array<Awaited<ReturnType<typeof readDocument>>>> {
  const thread = new ReaderThread(limits);
  const results: Array<Awaited<ReturnType<typeof readDocument>>> = [];
  try {
    for (const name of names) {
      results.push(await readDocument(dir, name, FORMATS.get(extname(name).toLowerCase()) as FileFormat, thread));
      onProgress?.(results.length, names.length);
    }
  } finally {
    await thread.close();
  }
  return results;
}

/** Whether a file name is one of a document the corpus reads (README.md is the folder's own). */
function isDocumentName(name: string): boolean {
  return name.toLowerCase() !== 'readme.md' && FORMATS.has(extname(name).toLowerCase());
}

async function readDocument(
  dir: string,
  name: string,
  { format, maxBytes }: FileFormat,
  thread: ReaderThread,
): Promise<{ document: ReadDocument; warnings: CorpusWarning[] } | CorpusWarning> {
  let bytes: Buffer;
  try {
    bytes = readCorpusFile(dir, name, maxBytes);
  } catch (err) {
    if (err instanceof UnreadableError) return { path: name, reason: err.reason };
    throw err;
  }
  // The checksum first: the bytes are handed to the reader thread.
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const read = await thread.read(format, bytes);
  if ('reason' in read) return { path: name, reason: read.reason };
  const { raw, repaired, fields } = read;
  if (repaired.text.trim().length === 0) return { path: name, reason: 'no text' };
  const warnings: CorpusWarning[] = raw.warnings.map((reason) => ({ path: name, reason }));
  const inferred = inferMetadata(repaired.text, raw.title, fields);
  const sidecar = readSidecar(dir, name, warnings);
  // A sidecar overrides; what the text itself states (issuer, dates, 文号, category) fills in what it leaves out.
  const meta = sidecar ? { ...statedIn(inferred), ...sidecar } : inferred;
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
  const sidecar = `${basename(name, extname(name))}${SIDECAR}`;
  let parsed: z.infer<typeof SidecarSchema>;
  try {
    parsed = SidecarSchema.parse(JSON.parse(readCorpusFile(dir, sidecar, SIDECAR_MAX_BYTES).toString('utf8')));
  } catch (err) {
    // No sidecar is the usual case, not a problem.
    if (err instanceof UnreadableError && err.reason.includes('ENOENT')) return undefined;
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
 * A checksum of what the build would read, by each file's name, size and modification time (the
 * documents and their sidecars; nothing is opened): the index is rebuilt when it changes. An editor
 * that keeps the size and the time to the nanosecond is not seen; `npm run index` rebuilds anyway.
 */
export function corpusFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const f of listCorpusFiles(dir, (n) => isDocumentName(n) || n.endsWith(SIDECAR)).files)
    hash.update(`${f.name}\0${f.size}\0${f.mtimeNs}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** Bytes of the documents the build would read (the corpus' size, before reading it). */
export function corpusBytes(dir: string): number {
  return listCorpusFiles(dir, isDocumentName).files.reduce((n, f) => n + f.size, 0);
}
