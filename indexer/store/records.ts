// Sections of many small records (clauses, facts, outlines) and of many texts, read one at a time by
// place: an `ends` array says where each ends, so that a record is read without reading the others.
import { endianness } from 'node:os';
import type { SectionSource } from './index-file.ts';

/** Where the bytes of a section come from: a whole file in memory, or an open file read by place. */
export interface SectionBytes {
  bytes(name: string, from: number, to: number): Buffer;
}

/** Items numbered from 0, each read when asked for. */
export interface Table<T> extends Iterable<T> {
  readonly length: number;
  /** Item `k`; undefined outside 0…length-1. */
  get(k: number): T | undefined;
}

/** Texts by number, and whether one of them contains a string (without decoding it from bytes). */
export interface TextTable extends Table<string> {
  includes(k: number, needle: string): boolean;
}

/** A text table over strings in memory. */
export function arrayTexts(texts: readonly string[]): TextTable {
  return { ...arrayTable(texts), includes: (k, needle) => texts[k]?.includes(needle) ?? false };
}

/**
 * A text table over UTF-16 bytes (`raw`, ends in characters): a text is decoded when asked for; a
 * search for a string runs on the bytes (a match at an odd byte is no match: it straddles characters).
 */
export function byteTexts(raw: Buffer, ends: Int32Array): TextTable {
  const units = codeUnits(raw);
  return {
    ...lazyTable(ends.length, (k) => textAt(raw, ends, k)),
    // A scan of the code units in JavaScript: a clause is short, and Buffer.indexOf's native call
    // and the subarray each candidate needed cost more than the scan (a fifth of a search at ×300).
    includes: (k, needle) => {
      if (k < 0 || k >= ends.length) return false;
      const m = needle.length;
      const last = (ends[k] as number) - m;
      const first = needle.charCodeAt(0);
      scan: for (let at = k === 0 ? 0 : (ends[k - 1] as number); at <= last; at++) {
        if (units[at] !== first) continue;
        for (let j = 1; j < m; j++) if (units[at + j] !== needle.charCodeAt(j)) continue scan;
        return true;
      }
      return m === 0;
    },
  };
}

// UTF-16LE bytes as code units: a view when the bytes are aligned and the machine little-endian,
// else a copy.
function codeUnits(raw: Buffer): Uint16Array {
  if (raw.byteOffset % 2 === 0 && endianness() === 'LE')
    return new Uint16Array(raw.buffer, raw.byteOffset, raw.length >> 1);
  const out = new Uint16Array(raw.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = raw.readUInt16LE(2 * i);
  return out;
}

/** A table over an array held in memory (an index just built). */
export function arrayTable<T>(items: readonly T[]): Table<T> {
  return {
    length: items.length,
    get: (k) => items[k],
    [Symbol.iterator]: () => items[Symbol.iterator](),
  };
}

/** A table whose items are made one by one by `get`. */
export function lazyTable<T>(length: number, get: (k: number) => T): Table<T> {
  return {
    length,
    get: (k) => (Number.isInteger(k) && k >= 0 && k < length ? get(k) : undefined),
    *[Symbol.iterator]() {
      for (let k = 0; k < length; k++) yield get(k);
    },
  };
}

/**
 * The sections of a list of JSON records: `NAME` (the records one after another) and `NAME.ends`.
 * Each record is serialised as it is written (never all at once), its end noted for the second.
 */
export function recordSections(
  name: string,
  count: number,
  records: () => Iterable<unknown>,
): Array<readonly [string, () => SectionSource]> {
  const ends = new Int32Array(count);
  function* pieces(): Generator<string> {
    let k = 0;
    let at = 0;
    for (const r of records()) {
      const json = JSON.stringify(r);
      at += Buffer.byteLength(json);
      ends[k++] = at;
      yield json;
    }
    if (k !== count) throw new Error(`${name}: ${k} records written, ${count} expected`);
  }
  return [
    [name, () => ({ kind: 'utf8', pieces: pieces() })],
    [`${name}.ends`, () => ({ kind: 'int32', value: ends })],
  ];
}

/** The sections of a list of texts: `NAME` (UTF-16, one after another) and `NAME.ends` (in characters). */
export function textSections(name: string, texts: readonly string[]): Array<readonly [string, () => SectionSource]> {
  return [
    [name, () => ({ kind: 'utf16', pieces: texts })],
    [`${name}.ends`, () => ({ kind: 'int32', value: charEnds(texts) })],
  ];
}

/** Record `k` of the record section `name` whose ends are `ends`. */
export function readRecord(source: SectionBytes, name: string, ends: Int32Array, k: number): unknown {
  const from = k === 0 ? 0 : (ends[k - 1] as number);
  return JSON.parse(source.bytes(name, from, ends[k] as number).toString('utf8')) as unknown;
}

/** Records `from` to `to` (exclusive) of the record section `name`, in one read. */
export function readRecords(source: SectionBytes, name: string, ends: Int32Array, from: number, to: number): unknown[] {
  if (to <= from) return [];
  const start = from === 0 ? 0 : (ends[from - 1] as number);
  const raw = source.bytes(name, start, ends[to - 1] as number);
  const out: unknown[] = [];
  for (let k = from, at = 0; k < to; k++) {
    const end = (ends[k] as number) - start;
    out.push(JSON.parse(raw.toString('utf8', at, end)));
    at = end;
  }
  return out;
}

/** Characters `from` to `to` of the text section `name`. */
export function readText(source: SectionBytes, name: string, from: number, to: number): string {
  return source.bytes(name, from * 2, to * 2).toString('utf16le');
}

/** Text `k` of a text section read whole into `raw` (UTF-16), whose ends are `ends`. */
export function textAt(raw: Buffer, ends: Int32Array, k: number): string {
  const from = k === 0 ? 0 : (ends[k - 1] as number);
  return raw.toString('utf16le', from * 2, (ends[k] as number) * 2);
}

function charEnds(texts: readonly string[]): Int32Array {
  let at = 0;
  return Int32Array.from(texts, (t) => (at += t.length));
}
