// The one cache of the server: least recently used, bounded by entries and by bytes (lru-cache).
import { LRUCache } from 'lru-cache';

/** How big a cache may grow, and how big each value is. */
export interface CacheLimits<V> {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** Approximate bytes a value holds in memory. */
  readonly sizeOf: (value: V) => number;
}

/** A least-recently-used cache from strings to values. */
export type Cache<V extends NonNullable<unknown>> = LRUCache<string, V>;

/**
 * A cache that drops its least recently used entries when it holds more than `maxEntries` values or
 * more than `maxBytes` bytes; a value larger than a tenth of `maxBytes` is not kept at all.
 */
export function boundedCache<V extends NonNullable<unknown>>(limits: CacheLimits<V>): Cache<V> {
  return new LRUCache<string, V>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    maxEntrySize: Math.ceil(limits.maxBytes / 10),
    sizeCalculation: (value) => Math.max(1, limits.sizeOf(value)),
  });
}
