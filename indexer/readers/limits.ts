// The limits every corpus file is read under: one bad file is skipped with its reason, never fatal.

/**
 * What reading one file may cost. The sizes and counts are checked by the readers and give a
 * precise reason; time and memory are enforced by the thread the readers run in (see
 * ReaderThread), which is stopped and replaced when a file exceeds them.
 */
export interface ReaderLimits {
  /** Wall time to read one file and repair its layout, in milliseconds. */
  readonly timeMs: number;
  /** Heap of the reader thread, in MiB (V8's old generation). */
  readonly memoryMb: number;
  /** Uncompressed bytes of the XML parts of a Word file (a zip): a zip bomb is refused before inflating. */
  readonly inflatedBytes: number;
  /** Pages of a PDF. */
  readonly pages: number;
  /** Elements open inside one another in a web page or a Word file's HTML. */
  readonly nesting: number;
  /** Lines of text a file gives (numbered items, paragraphs, table rows). */
  readonly lines: number;
}

/**
 * The defaults, far above any policy document (the largest of the shipped corpus has 37 pages and
 * about 1,300 lines) and low enough that a file at the limit is read in seconds within a few hundred
 * MB. Hand-set: they bound cost, they do not score anything.
 */
export const DEFAULT_READER_LIMITS: ReaderLimits = {
  timeMs: 60_000,
  memoryMb: 1024,
  inflatedBytes: 32 * 2 ** 20,
  pages: 2_000,
  nesting: 1_000,
  lines: 100_000,
};
