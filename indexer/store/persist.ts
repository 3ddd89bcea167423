// The index on disk: identity and checksums in the header, then each part as a section; written atomically.
import { endianness } from 'node:os';
import {
  ContainerError,
  readContainer,
  readContainerHeader,
  writeContainer,
  type Container,
  type SectionSource,
} from './index-file.ts';
import { FactTable } from './fact-table.ts';
import { openContainer, type OpenContainer } from './open-container.ts';
import { recordSections, textSections } from './records.ts';
import type { Clause, Fact, IndexedDocument } from './schema.ts';
import {
  clauseColumns,
  numbering,
  storedFromFile,
  type FileParts,
  type Place,
  type StoredIndex,
} from './stored-index.ts';
import type { SuggestionIndexData } from './suggestion-index.ts';
import { TermIndex, type TermIndexParts } from './term-index.ts';
import { vocabularyOf, type FieldIndex, type WordIndex } from './word-index.ts';

/**
 * Bumped when the file layout or what the indexer puts in it changes (4: repaired texts; 6–9: the
 * facts table, items of one line; 10: sections of typed arrays and UTF-16 text instead of one JSON
 * payload, postings of words and grams of our own; 11: the suggestion index; 12: laws read as
 * articles, 款 and 项, heading lines searched with their clause; 13: an index the server opens: clauses,
 * facts, outlines and texts as records read by place, columns made at build time; 14: counts in
 * Chinese numerals among the facts; 15: fines a metric of their own; 16: counts of
 * people too; 17: 不超过 read as at most, not 超过; 18: a plan period's name no count), so that
 * an index built by an older indexer is rebuilt.
 */
export const INDEX_FORMAT_VERSION = 18;
const FORMAT = 'zhengce-index';

/** What identifies an index: it is stale when any of these differs from the running code and corpus. */
export interface IndexIdentity {
  readonly analyzer: string;
  readonly corpus: string;
}

/** A built index: everything the server needs to answer without re-reading or re-segmenting. */
export interface IndexData extends IndexIdentity {
  readonly builtAt: string;
  readonly documents: readonly IndexedDocument[];
  readonly clauses: readonly Clause[];
  /** Each clause's normalised text, for confirming exact matches without normalising per query. */
  readonly normalized: readonly string[];
  /** Term -> number of clauses whose text has it (derived from `words`). */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Every quantitative statement of the corpus (see indexer/facts). */
  readonly facts: readonly Fact[];
  /** The words of clause texts and headings, for BM25. */
  readonly words: WordIndex;
  /** Exact-match grams (Han characters and pairs, Latin tokens) -> clauses, for phrases. */
  readonly grams: TermIndex;
  /** The words "did you mean" corrects to, by edit distance (MiniSearch). */
  readonly suggestions: SuggestionIndexData;
}

/** Why a persisted index was not loaded; the caller rebuilds it or refuses to start. */
export class IndexLoadError extends Error {
  constructor(
    readonly code: 'MISSING' | 'CORRUPT' | 'VERSION' | 'STALE',
    message: string,
  ) {
    super(message);
    this.name = 'IndexLoadError';
  }
}

/**
 * Writes the index to `path` atomically: section after section into a temporary file beside it,
 * flushed, then renamed over the old one, so a crash mid-write leaves the last good index in place.
 * Each text is stored once: a clause's text is a slice of its document's text, not a copy. Clauses,
 * facts and outlines are records the server reads one at a time; what filters read for every clause
 * (document, place, section) are columns made here, not at start-up.
 */
export function writeIndex(path: string, data: IndexData): void {
  const columns = clauseColumns(data.documents, data.clauses);
  const provinces = numbering<string>((p) => p);
  const sections: Array<readonly [string, () => SectionSource]> = [
    [
      'documents',
      // Text and outline as placeholders, read when asked for, so that the fields keep their order.
      () => ({ kind: 'json', items: data.documents.map((d) => ({ ...d, text: 0, outline: 0 })) }),
    ],
    ...recordSections('documentOutlines', data.documents.length, () => data.documents.map((d) => d.outline)),
    ...textSections(
      'documentTexts',
      data.documents.map((d) => d.text),
    ),
    ['clauseSections', () => ({ kind: 'json', value: columns.sections })],
    ['clauseSection', () => ({ kind: 'int32', value: columns.section })],
    ['clauseDoc', () => ({ kind: 'int32', value: columns.doc })],
    ['clausePlace', () => ({ kind: 'int32', value: columns.place })],
    ['places', () => ({ kind: 'json', value: columns.places })],
    ...recordSections('clauses', data.clauses.length, () => clauseRecords(data)),
    ...textSections(
      'clauseIds',
      data.clauses.map((c) => c.id),
    ),
    ...textSections(
      'clauseLabels',
      data.clauses.map((c) => c.label),
    ),
    ...textSections('normalized', data.normalized),
    ...recordSections('facts', data.facts.length, () => data.facts),
    [
      'factProvince',
      () => ({ kind: 'int32', value: Int32Array.from(data.facts, (f) => provinces.number(f.province)) }),
    ],
    ['factProvinces', () => ({ kind: 'json', value: provinces.keys })],
    ['suggestions', () => ({ kind: 'json', value: data.suggestions })],
    ['fields', () => ({ kind: 'json', value: fieldsRecord(data) })],
    ...termSections('text', data.words.text.terms),
    ['text.lengths', () => ({ kind: 'int32', value: data.words.text.lengths })],
    ...termSections('heading', data.words.heading.terms),
    ['heading.lengths', () => ({ kind: 'int32', value: data.words.heading.lengths })],
    ...termSections('grams', data.grams),
  ];
  writeContainer(
    path,
    {
      format: FORMAT,
      version: INDEX_FORMAT_VERSION,
      endianness: endianness(),
      analyzer: data.analyzer,
      corpus: data.corpus,
      builtAt: data.builtAt,
      // Read without loading the file: a rebuild that would lose most of them is refused.
      documents: data.documents.length,
    },
    sections,
  );
}

/** What an index file says of itself in its header, without loading it. */
export interface IndexSummary {
  readonly analyzer: string;
  /** The fingerprint of the corpus it was built from. */
  readonly corpus: string;
  readonly builtAt: string;
  /** Documents in it (absent in a file written before it was recorded). */
  readonly documents?: number;
}

/**
 * The identity and size of the index at `path`, from its header alone (16 KiB read).
 * @returns undefined when there is no file or it is not an index of this format version
 */
export function readIndexSummary(path: string): IndexSummary | undefined {
  const header = readContainerHeader(path);
  if (!header || header.format !== FORMAT || header.version !== INDEX_FORMAT_VERSION) return undefined;
  const documents = header.documents;
  return {
    analyzer: String(header.analyzer),
    corpus: String(header.corpus),
    builtAt: String(header.builtAt),
    ...(typeof documents === 'number' ? { documents } : {}),
  };
}

/**
 * Reads and verifies an index whole: format, version, analyzer and corpus identity, and every
 * section's checksum (for tools and tests; the server opens one with {@link openIndexFile}).
 * @throws IndexLoadError saying why the file cannot be used.
 */
export function readIndex(path: string, expected: { analyzer: string; corpus?: string }): IndexData {
  try {
    const stored = storedFrom(
      readContainer(path, (header) => checkHeader(path, header, expected)),
      () => undefined,
    );
    const documents = stored.documents.map((d) => ({ ...d }));
    return {
      analyzer: stored.analyzer,
      corpus: stored.corpus,
      builtAt: stored.builtAt,
      documents,
      clauses: [...stored.clauses],
      normalized: [...stored.normalized],
      vocabulary: stored.vocabulary,
      facts: stored.facts.all(),
      words: stored.words,
      grams: stored.grams,
      suggestions: stored.suggestions,
    };
  } catch (err) {
    if (err instanceof ContainerError) throw new IndexLoadError(err.code, err.message);
    throw err;
  }
}

/**
 * Opens an index for serving: the header checked (format, version, analyzer, corpus, size), the term
 * dictionaries, normalised texts and columns read and verified; postings, clauses, document texts
 * and outlines, and facts stay in the file, read when asked for. The sections not read are verified
 * by `verifyRest`, in the background; `close` releases the file.
 * @throws IndexLoadError saying why the file cannot be used.
 */
export function openIndexFile(path: string, expected: { analyzer: string; corpus?: string }): StoredIndex {
  let file: OpenContainer | undefined;
  try {
    file = openContainer(path, (header) => checkHeader(path, header, expected));
    const opened = file;
    return storedFrom(opened, () => opened.close(), opened.verifyRest, true);
  } catch (err) {
    file?.close();
    if (err instanceof ContainerError) throw new IndexLoadError(err.code, err.message);
    throw err;
  }
}

/** What the index is read from: a file read whole (verified), or one opened (read by place). */
type Sections = Container;

// `lazy`: postings left in the file (an opened one), read term by term.
function storedFrom(
  file: Sections,
  close: () => void,
  verifyRest: () => Promise<Error | undefined> = () => Promise.resolve(undefined),
  lazy = false,
): StoredIndex {
  const header = file.header as unknown as { analyzer: string; corpus: string; builtAt: string };
  const fields = file.section('fields', 'json') as FieldsRecord;
  const words: WordIndex = {
    text: fieldIndex(file, 'text', fields.text.averageLength, lazy),
    heading: fieldIndex(file, 'heading', fields.heading.averageLength, lazy),
  };
  const normalizedEnds = file.section('normalized.ends', 'int32');
  return storedFromFile({
    source: file,
    header,
    documents: file.section('documents', 'json') as FileParts['documents'],
    documentTextEnds: file.section('documentTexts.ends', 'int32'),
    outlineEnds: file.section('documentOutlines.ends', 'int32'),
    clauseEnds: file.section('clauses.ends', 'int32'),
    columns: {
      doc: file.section('clauseDoc', 'int32'),
      place: file.section('clausePlace', 'int32'),
      places: file.section('places', 'json') as Place[],
      section: file.section('clauseSection', 'int32'),
      sections: file.section('clauseSections', 'json') as string[][],
    },
    normalized: file.whole('normalized'),
    normalizedEnds,
    idsText: () => ({
      text: file.section('clauseIds', 'utf16'),
      ends: file.section('clauseIds.ends', 'int32'),
    }),
    labelsText: () => {
      return { raw: file.whole('clauseLabels'), ends: file.section('clauseLabels.ends', 'int32') };
    },
    facts: FactTable.fromFile({
      source: file,
      ends: file.section('facts.ends', 'int32'),
      province: file.section('factProvince', 'int32'),
      provinces: file.section('factProvinces', 'json') as string[],
    }),
    vocabulary: vocabularyOf(words),
    words,
    grams: termIndex(file, 'grams', false, lazy),
    suggestions: file.section('suggestions', 'json') as SuggestionIndexData,
    verifyRest,
    close,
  });
}

// eslint-disable-next-line no-restricted-syntax -- the file's JSON header
function checkHeader(path: string, header: Record<string, unknown>, expected: { analyzer: string; corpus?: string }) {
  if (header.format !== FORMAT) throw new IndexLoadError('CORRUPT', `${path}: not a ${FORMAT} file`);
  if (header.version !== INDEX_FORMAT_VERSION)
    throw new IndexLoadError(
      'VERSION',
      `${path}: format version ${String(header.version)}, this build reads ${INDEX_FORMAT_VERSION}`,
    );
  if (header.endianness !== endianness())
    throw new IndexLoadError('VERSION', `${path}: written on a ${String(header.endianness)} machine`);
  if (header.analyzer !== expected.analyzer)
    throw new IndexLoadError(
      'VERSION',
      `${path}: built by analyzer ${String(header.analyzer)}, running ${expected.analyzer}`,
    );
  if (expected.corpus !== undefined && header.corpus !== expected.corpus)
    throw new IndexLoadError('STALE', `${path}: the corpus has changed since it was built`);
}

interface FieldsRecord {
  readonly text: { readonly averageLength: number };
  readonly heading: { readonly averageLength: number };
}

function fieldsRecord(data: IndexData): FieldsRecord {
  return {
    text: { averageLength: data.words.text.averageLength },
    heading: { averageLength: data.words.heading.averageLength },
  };
}

function termSections(name: string, index: TermIndex): Array<readonly [string, () => SectionSource]> {
  const p = index.parts;
  return [
    [`${name}.terms`, () => ({ kind: 'json', value: p.terms })],
    [`${name}.counts`, () => ({ kind: 'int32', value: p.counts })],
    [`${name}.offsets`, () => ({ kind: 'int32', value: p.offsets })],
    [`${name}.postings`, () => ({ kind: 'uint8', value: inMemory(p.bytes) })],
  ];
}

// The postings as an array (an index written by the build that made it), read whole when in a file.
function inMemory(bytes: TermIndexParts['bytes']): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : bytes.read(0, bytes.length);
}

/**
 * A field's term index: its dictionary in memory; its postings too when the file is read whole, left
 * in the file when it is opened (`lazy`), a term's read when a query asks for it.
 */
function termIndex(file: Sections, name: string, frequencies: boolean, lazy: boolean): TermIndex {
  const section = `${name}.postings`;
  const length = file.header.sections.find((s) => s.name === section)?.bytes ?? 0;
  return new TermIndex({
    terms: file.section(`${name}.terms`, 'json') as string[],
    counts: file.section(`${name}.counts`, 'int32'),
    offsets: file.section(`${name}.offsets`, 'int32'),
    bytes: lazy ? { length, read: (from, to) => file.bytes(section, from, to) } : file.section(section, 'uint8'),
    frequencies,
  });
}

function fieldIndex(file: Sections, name: string, averageLength: number, lazy: boolean): FieldIndex {
  return { terms: termIndex(file, name, true, lazy), lengths: file.section(`${name}.lengths`, 'int32'), averageLength };
}

/**
 * Clauses as stored: each record is the clause with `section` 0 (a column holds its number) and
 * `text` 0 where it is its document's text from `start` to `end` (nearly always); the placeholders
 * keep the fields in their order when the record is completed.
 */
function* clauseRecords(data: IndexData): Generator<unknown> {
  const texts = new Map(data.documents.map((d) => [d.meta.id, d.text]));
  for (const c of data.clauses) {
    const own = texts.get(c.docId)?.slice(c.start, c.end) === c.text;
    yield { ...c, section: 0, text: own ? 0 : c.text };
  }
}
