// The record every format's reader returns, and the error for a file that cannot be read.
import type { Span } from '../store/schema.ts';
import type { ReaderLimits } from './limits.ts';

/** A line holding only this character marks a page boundary in a reader's text. */
export const PAGE_BREAK = '\f';

/**
 * What a reader got out of one file, before layout repair: lines separated by `\n`, and for formats
 * with pages, a line of {@link PAGE_BREAK} alone between two pages. Offsets of spans are into `text`.
 */
export interface ReadText {
  readonly text: string;
  /** Bold spans (`**…**`, `<strong>`, Word bold runs): a bold lead sentence is a heading's title. */
  readonly bold: readonly Span[];
  /** Lines the format itself marks as headings (HTML `h1`–`h6`, Word heading styles). */
  readonly headings: readonly Span[];
  /** The document's title where the format states it (a page's `ArticleTitle`, Word's Title style). */
  readonly title?: string;
  /** Pages in the file, for formats that have them. */
  readonly pages?: number;
  /** How text bytes were decoded, for the text formats. */
  readonly encoding?: 'utf-8' | 'gb18030';
  /** What the reader had to tolerate (a font it could not map, a page without text). */
  readonly warnings: readonly string[];
}

/**
 * A reader: the bytes of one file to its text. Async because PDF and Word parsing are. `limits`
 * (DEFAULT_READER_LIMITS when absent) bound what the format can make it do: pages, inflated bytes,
 * nesting; a file over one is refused with an UnreadableError saying which.
 */
export type Reader = (bytes: Uint8Array, limits?: ReaderLimits) => Promise<ReadText>;

/**
 * Thrown by a reader for a file it cannot read (empty, binary, scanned, damaged); the indexer skips
 * the file with `reason` as its warning and goes on with the rest.
 */
export class UnreadableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableError';
  }
}
