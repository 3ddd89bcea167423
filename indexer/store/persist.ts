// The index on disk: a header line (format, versions, checksums), then the payload; written atomically.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import MiniSearch from 'minisearch';
import type { Clause, Fact, IndexedDocument } from './schema.ts';
import { searchIndexOptions } from './search-options.ts';

/**
 * Bumped when the file layout or what the indexer puts in it changes (4: repaired texts, moved
 * closing paragraphs, table row cells; 6–8: the facts table), so an index built by an older indexer is rebuilt.
 */
export const INDEX_FORMAT_VERSION = 9;
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
  /** Term -> number of clauses whose text has it. */
  // eslint-disable-next-line no-restricted-syntax -- the file's JSON; IndexStore reads it with Object.hasOwn
  readonly vocabulary: Readonly<Record<string, number>>;
  /** Every quantitative statement of the corpus (see indexer/facts). */
  readonly facts: readonly Fact[];
  readonly search: MiniSearch<Clause>;
}

interface Header extends IndexIdentity {
  readonly format: string;
  readonly version: number;
  readonly builtAt: string;
  readonly payloadSha256: string;
  readonly payloadBytes: number;
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
 * Writes the index to `path` atomically: to a temporary file beside it, flushed, then renamed over
 * the old one, so a crash mid-write leaves the last good index in place.
 */
export function writeIndex(path: string, data: IndexData): void {
  const payload = JSON.stringify({
    documents: data.documents,
    clauses: data.clauses,
    normalized: data.normalized,
    vocabulary: data.vocabulary,
    facts: data.facts,
    search: data.search,
  });
  const header: Header = {
    format: FORMAT,
    version: INDEX_FORMAT_VERSION,
    analyzer: data.analyzer,
    corpus: data.corpus,
    builtAt: data.builtAt,
    payloadSha256: createHash('sha256').update(payload).digest('hex'),
    payloadBytes: Buffer.byteLength(payload),
  };
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, `${JSON.stringify(header)}\n`);
      writeSync(fd, payload);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Reads and verifies an index: format, version, analyzer and corpus identity, and the payload's
 * checksum. `expected` may leave out the corpus to accept any (a server told not to rebuild).
 * @throws IndexLoadError saying why the file cannot be used.
 */
export function readIndex(path: string, expected: { analyzer: string; corpus?: string }): IndexData {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new IndexLoadError('MISSING', `no index at ${path}`);
  }
  const newline = raw.indexOf(10);
  if (newline < 0) throw new IndexLoadError('CORRUPT', `${path}: no header line`);
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Header;
  } catch {
    throw new IndexLoadError('CORRUPT', `${path}: unreadable header`);
  }
  if (header.format !== FORMAT) throw new IndexLoadError('CORRUPT', `${path}: not a ${FORMAT} file`);
  if (header.version !== INDEX_FORMAT_VERSION)
    throw new IndexLoadError(
      'VERSION',
      `${path}: format version ${header.version}, this build reads ${INDEX_FORMAT_VERSION}`,
    );
  if (header.analyzer !== expected.analyzer)
    throw new IndexLoadError('VERSION', `${path}: built by analyzer ${header.analyzer}, running ${expected.analyzer}`);
  if (expected.corpus !== undefined && header.corpus !== expected.corpus)
    throw new IndexLoadError('STALE', `${path}: the corpus has changed since it was built`);
  const payload = raw.subarray(newline + 1);
  if (
    payload.length !== header.payloadBytes ||
    createHash('sha256').update(payload).digest('hex') !== header.payloadSha256
  ) {
    throw new IndexLoadError('CORRUPT', `${path}: checksum mismatch (truncated or damaged)`);
  }
  const parsed = JSON.parse(payload.toString('utf8')) as Omit<IndexData, 'search' | keyof IndexIdentity | 'builtAt'> & {
    search: unknown;
  };
  const search = MiniSearch.loadJS<Clause>(
    parsed.search as Parameters<typeof MiniSearch.loadJS>[0],
    searchIndexOptions(),
  );
  return {
    analyzer: header.analyzer,
    corpus: header.corpus,
    builtAt: header.builtAt,
    documents: parsed.documents,
    clauses: parsed.clauses,
    normalized: parsed.normalized,
    vocabulary: parsed.vocabulary,
    facts: parsed.facts,
    search,
  };
}
