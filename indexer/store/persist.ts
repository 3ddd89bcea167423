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
import type { Clause, Fact, IndexedDocument } from './schema.ts';
import type { SuggestionIndexData } from './suggestion-index.ts';
import { TermIndex } from './term-index.ts';
import { vocabularyOf, type FieldIndex, type WordIndex } from './word-index.ts';

/**
 * Bumped when the file layout or what the indexer puts in it changes (4: repaired texts; 6–9: the
 * facts table, items of one line; 10: sections of typed arrays and UTF-16 text instead of one JSON
 * payload, postings of words and grams of our own; 11: the suggestion index; 12: laws read as
 * articles, 款 and 项, heading lines searched with their clause; 13: counts in Chinese numerals among the facts), so that an index built by an older
 * indexer is rebuilt.
 */
export const INDEX_FORMAT_VERSION = 13;
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
 * Each text is stored once: a clause's text is a slice of its document's text, not a copy.
 */
export function writeIndex(path: string, data: IndexData): void {
  const ends = (texts: readonly string[]) => {
    let at = 0;
    return Int32Array.from(texts, (t) => (at += t.length));
  };
  const docTexts = data.documents.map((d) => d.text);
  const clauses = clauseRecords(data);
  const sections: Array<readonly [string, () => SectionSource]> = [
    ['documents', () => ({ kind: 'json', items: data.documents.map((d) => ({ ...d, text: 0 })) })],
    ['documentTexts', () => ({ kind: 'utf16', pieces: docTexts })],
    ['documentTextEnds', () => ({ kind: 'int32', value: ends(docTexts) })],
    ['clauseSections', () => ({ kind: 'json', value: clauses.sections })],
    ['clauses', () => ({ kind: 'json', items: clauses.records })],
    ['normalized', () => ({ kind: 'utf16', pieces: data.normalized })],
    ['normalizedEnds', () => ({ kind: 'int32', value: ends(data.normalized) })],
    ['facts', () => ({ kind: 'json', value: data.facts })],
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
 * Reads and verifies an index: format, version, analyzer and corpus identity, and every section's
 * checksum. `expected` may leave out the corpus to accept any (a server told not to rebuild).
 * @throws IndexLoadError saying why the file cannot be used.
 */
export function readIndex(path: string, expected: { analyzer: string; corpus?: string }): IndexData {
  try {
    return decodeIndex(readContainer(path, (header) => checkHeader(path, header, expected)));
  } catch (err) {
    if (err instanceof ContainerError) throw new IndexLoadError(err.code, err.message);
    throw err;
  }
}

function decodeIndex(file: Container): IndexData {
  const header = file.header as unknown as { analyzer: string; corpus: string; builtAt: string };
  const docTexts = slices(file.section('documentTexts', 'utf16'), file.section('documentTextEnds', 'int32'));
  const documents = (file.section('documents', 'json') as Array<{ text: unknown }>).map((d, k) => {
    d.text = docTexts[k];
    return d as unknown as IndexedDocument;
  });
  const fields = file.section('fields', 'json') as FieldsRecord;
  const words: WordIndex = {
    text: fieldIndex(file, 'text', fields.text.averageLength),
    heading: fieldIndex(file, 'heading', fields.heading.averageLength),
  };
  return {
    analyzer: header.analyzer,
    corpus: header.corpus,
    builtAt: header.builtAt,
    documents,
    clauses: readClauses(
      file.section('clauseSections', 'json') as ReadonlyArray<readonly string[]>,
      // eslint-disable-next-line no-restricted-syntax -- clause records as the JSON section holds them
      file.section('clauses', 'json') as Array<Record<string, unknown>>,
      documents,
    ),
    normalized: slices(file.section('normalized', 'utf16'), file.section('normalizedEnds', 'int32')),
    vocabulary: vocabularyOf(words),
    facts: file.section('facts', 'json') as Fact[],
    words,
    grams: termIndex(file, 'grams', false),
    suggestions: file.section('suggestions', 'json') as SuggestionIndexData,
  };
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

function slices(joined: string, ends: Int32Array): string[] {
  const out: string[] = [];
  let from = 0;
  for (const end of ends) {
    out.push(joined.slice(from, end));
    from = end;
  }
  return out;
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
    [`${name}.postings`, () => ({ kind: 'uint8', value: p.bytes })],
  ];
}

function termIndex(file: Container, name: string, frequencies: boolean): TermIndex {
  return new TermIndex({
    terms: file.section(`${name}.terms`, 'json') as string[],
    counts: file.section(`${name}.counts`, 'int32'),
    offsets: file.section(`${name}.offsets`, 'int32'),
    bytes: file.section(`${name}.postings`, 'uint8'),
    frequencies,
  });
}

function fieldIndex(file: Container, name: string, averageLength: number): FieldIndex {
  return { terms: termIndex(file, name, true), lengths: file.section(`${name}.lengths`, 'int32'), averageLength };
}

/**
 * Clauses as stored: each record is the clause with `section` an index into a list of the distinct
 * section paths, and `text` 0 where it is its document's text from `start` to `end` (nearly always).
 * Records are made as they are written.
 */
function clauseRecords(data: IndexData): { sections: Array<readonly string[]>; records: Iterable<unknown> } {
  const texts = new Map(data.documents.map((d) => [d.meta.id, d.text]));
  const sections: Array<readonly string[]> = [];
  const sectionIds = new Map<string, number>();
  // Sibling clauses share one section array: its key is computed once per array.
  let last: readonly string[] | undefined;
  let lastId = -1;
  const ids = data.clauses.map((c) => {
    if (c.section === last) return lastId;
    const key = JSON.stringify(c.section);
    let id = sectionIds.get(key);
    if (id === undefined) {
      id = sections.length;
      sectionIds.set(key, id);
      sections.push(c.section);
    }
    last = c.section;
    lastId = id;
    return id;
  });
  function* records(): Generator<unknown> {
    for (let k = 0; k < data.clauses.length; k++) {
      const c = data.clauses[k] as Clause;
      const own = texts.get(c.docId)?.slice(c.start, c.end) === c.text;
      yield { ...c, section: ids[k], text: own ? 0 : c.text };
    }
  }
  return { sections, records: records() };
}

// Fills each record's placeholders in place, so that its fields keep their order.
function readClauses(
  sections: ReadonlyArray<readonly string[]>,
  // eslint-disable-next-line no-restricted-syntax -- clause records as the JSON section holds them
  records: Array<Record<string, unknown>>,
  documents: readonly IndexedDocument[],
): Clause[] {
  const texts = new Map(documents.map((d) => [d.meta.id, d.text]));
  for (const r of records) {
    // eslint-disable-next-line no-restricted-syntax -- a JSON record completed in place
    const c = r as Record<string, unknown> & { docId: string; start: number; end: number };
    c.section = sections[c.section as number];
    if (c.text === 0) c.text = (texts.get(c.docId) as string).slice(c.start, c.end);
  }
  return records as unknown as Clause[];
}
