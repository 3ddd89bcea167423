// The API's size limits: documented in the contract, enforced by the code that owns each input.

/** Size limits of requests, shared by the contract (documentation) and the code that enforces them. */
export const LIMITS = {
  /** Longest query (`q`) accepted, in characters (code points). */
  queryChars: 200,
  /** Longest text the reading aid glosses, in characters. */
  glossChars: 2000,
  /** Most phrases the reading aid puts into English in one request. */
  glossPhrases: 60,
  /** Most hits in one page of results (and clause ids in one reading-aid request). */
  pageSize: 50,
  /** Furthest a page of results may start. */
  maxOffset: 10_000,
  /** Longest metric filter of the targets table. */
  metricChars: 50,
  /** Most bytes of request line and headers (a 2,000-character gloss URL is about 18 KB). */
  headerBytes: 64 * 1024,
} as const;
