// Sorted lists of clause numbers: stored as gaps in variable-length bytes, decoded to Int32Array, intersected, merged.

/**
 * Bytes of `value` (a non-negative integer below 2^31) as a LEB128 variable-length integer: seven
 * bits a byte, the high bit set on every byte but the last.
 */
export function varintBytes(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  return 5;
}

/** Writes `value` at `at` in `out` as a LEB128 integer; returns the position after it. */
export function writeVarint(out: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

/**
 * Decodes `count` clause numbers written as gaps from `at` in `bytes` (see {@link writeVarint}); with
 * `frequencies`, each gap is followed by a count, written into that array.
 * @example decodePostings(bytes, 0, 3) -> Int32Array [4, 9, 30] for the gaps 4, 5, 21
 */
export function decodePostings(bytes: Uint8Array, at: number, count: number, frequencies?: Int32Array): Int32Array {
  const out = new Int32Array(count);
  let pos = at;
  let clause = 0;
  for (let k = 0; k < count; k++) {
    let b = bytes[pos++] as number;
    let gap = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = bytes[pos++] as number;
      gap |= (b & 0x7f) << shift;
    }
    clause += gap;
    out[k] = clause;
    if (frequencies) {
      b = bytes[pos++] as number;
      let f = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = bytes[pos++] as number;
        f |= (b & 0x7f) << shift;
      }
      frequencies[k] = f;
    }
  }
  return out;
}

/**
 * The first position at or after `from` in the sorted `list` whose value is at least `value`
 * (list.length when none is): galloping, then binary search, so that walking a long list in the
 * order of a short one costs the short one's length times a logarithm.
 */
export function seek(list: Int32Array, value: number, from: number): number {
  if (from >= list.length || (list[from] as number) >= value) return from;
  // list[lo] < value throughout; hi is past the end or at a value >= value.
  let lo = from;
  let step = 1;
  let hi = from + 1;
  while (hi < list.length && (list[hi] as number) < value) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > list.length) hi = list.length;
  lo += 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the sorted `list` holds `value`. */
export function contains(list: Int32Array, value: number): boolean {
  const at = seek(list, value, 0);
  return at < list.length && list[at] === value;
}

/** The values in both sorted lists, sorted. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Int32Array(small.length);
  let n = 0;
  let at = 0;
  for (let k = 0; k < small.length && at < large.length; k++) {
    const v = small[k] as number;
    at = seek(large, v, at);
    if (large[at] === v) out[n++] = v;
  }
  return out.slice(0, n);
}

/** The values in any of the sorted lists, sorted, without repeats. */
export function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  if (lists.length === 1) return lists[0] as Int32Array;
  let merged = lists[0] as Int32Array;
  for (let k = 1; k < lists.length; k++) merged = mergeTwo(merged, lists[k] as Int32Array);
  return merged;
}

function mergeTwo(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return out.slice(0, n);
}

/** The values of sorted `a` that are not in sorted `b`, sorted. */
export function difference(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length);
  let n = 0;
  let at = 0;
  for (let k = 0; k < a.length; k++) {
    const v = a[k] as number;
    at = seek(b, v, at);
    if (b[at] !== v) out[n++] = v;
  }
  return out.slice(0, n);
}
