// The index file's container: a header of JSON (identity, and per section its kind, place, size and
// sha256), then named sections of JSON, UTF-16 text or typed arrays; written section by section, atomically.
import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One section's content. UTF-16 keeps every string exactly (lone surrogates too) and decodes fast. */
export type Section =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'utf16'; readonly value: string }
  | { readonly kind: 'utf8'; readonly value: string }
  | { readonly kind: 'int32'; readonly value: Int32Array }
  | { readonly kind: 'uint8'; readonly value: Uint8Array };

/**
 * A section to write. Large ones are given in pieces, encoded and written one after another, so
 * that the whole never exists as one string: a JSON array as its items (read back as one array),
 * a text as the strings that make it up (read back as their concatenation).
 */
export type SectionSource =
  | Section
  | { readonly kind: 'json'; readonly items: Iterable<unknown> }
  | { readonly kind: 'utf16' | 'utf8'; readonly pieces: Iterable<string> };

/** Where a section sits in the file and what it must hash to. */
interface SectionEntry {
  readonly name: string;
  readonly kind: Section['kind'];
  readonly offset: number;
  readonly bytes: number;
  readonly sha256: string;
}

/** What a file's header says: the caller's fields, plus the sections and the file's size. */
export interface ContainerHeader {
  // eslint-disable-next-line no-restricted-syntax -- the header is a JSON object of the caller's fields
  readonly [field: string]: unknown;
  readonly sections: readonly SectionEntry[];
  readonly fileBytes: number;
}

/** A file read and verified: its header, and its sections by name. */
export interface Container {
  readonly header: ContainerHeader;
  /** The section `name` decoded; throws ContainerError when it is missing or of another kind. */
  section<K extends Section['kind']>(name: string, kind: K): Extract<Section, { kind: K }>['value'];
  /** Bytes `from` to `to` of section `name`. */
  bytes(name: string, from: number, to: number): Buffer;
  /** The bytes of section `name`, whole and verified against its checksum. */
  whole(name: string): Buffer;
}

/** Why a file is not a readable container: `MISSING`, or `CORRUPT` (truncated, damaged, not one). */
export class ContainerError extends Error {
  constructor(
    readonly code: 'MISSING' | 'CORRUPT',
    message: string,
  ) {
    super(message);
    this.name = 'ContainerError';
  }
}

/** Room kept for the header at the start of the file; it is padded with spaces to this size. */
const HEADER_BYTES = 16 * 1024;
const ALIGN = 8;

/**
 * Writes `sections` after `fields` to `path`: into a temporary file beside it, each section encoded,
 * hashed and written in turn (never the whole index as one string), the header written last at the
 * start, the file flushed, then renamed over the old one. A failure leaves the last good file.
 * @throws whatever encoding a section throws, or the file system's error; the temporary file is removed.
 */
export function writeContainer(
  path: string,
  // eslint-disable-next-line no-restricted-syntax -- the caller's header fields, written as JSON
  fields: Readonly<Record<string, unknown>>,
  sections: ReadonlyArray<readonly [string, () => SectionSource]>,
): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const entries: SectionEntry[] = [];
    let offset = HEADER_BYTES;
    for (const [name, make] of sections) {
      const section = make();
      const hash = createHash('sha256');
      let length = 0;
      for (const chunk of encode(section)) {
        writeAll(fd, chunk, offset + length);
        hash.update(chunk);
        length += chunk.length;
      }
      const padded = Math.ceil(length / ALIGN) * ALIGN;
      if (padded > length) writeAll(fd, Buffer.alloc(padded - length), offset + length);
      entries.push({ name, kind: section.kind, offset, bytes: length, sha256: hash.digest('hex') });
      offset += padded;
    }
    const header = Buffer.from(JSON.stringify({ ...fields, sections: entries, fileBytes: offset }));
    if (header.length >= HEADER_BYTES) throw new Error(`index header of ${header.length} bytes does not fit`);
    writeAll(fd, Buffer.concat([header, Buffer.alloc(HEADER_BYTES - header.length - 1, 0x20), Buffer.from('\n')]), 0);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Reads a container and verifies every section against its size and sha256.
 * @param check called with the header before the sections are verified (to refuse another version
 *   or identity early, with its own error)
 * @throws ContainerError MISSING when there is no file, CORRUPT when it is not a whole, undamaged one.
 */
export function readContainer(path: string, check: (header: ContainerHeader) => void): Container {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new ContainerError('MISSING', `no index at ${path}`);
  }
  const header = parseHeader(path, raw);
  check(header);
  if (raw.length !== header.fileBytes)
    throw new ContainerError(
      'CORRUPT',
      `${path}: ${raw.length} bytes, the header says ${header.fileBytes} (truncated)`,
    );
  const byName = new Map<string, SectionEntry>();
  for (const entry of header.sections) {
    const bytes = raw.subarray(entry.offset, entry.offset + entry.bytes);
    if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256)
      throw new ContainerError('CORRUPT', `${path}: checksum mismatch in section ${entry.name} (damaged)`);
    byName.set(entry.name, entry);
  }
  return {
    header,
    section: (name, kind) => {
      const entry = byName.get(name);
      if (!entry || entry.kind !== kind) throw new ContainerError('CORRUPT', `${path}: no ${kind} section ${name}`);
      return decodeSection(kind, raw, entry) as never;
    },
    bytes: (name, from, to) => {
      const entry = byName.get(name);
      if (!entry) throw new ContainerError('CORRUPT', `${path}: no section ${name}`);
      return raw.subarray(entry.offset + from, entry.offset + to);
    },
    whole: (name) => {
      const entry = byName.get(name);
      if (!entry) throw new ContainerError('CORRUPT', `${path}: no section ${name}`);
      return raw.subarray(entry.offset, entry.offset + entry.bytes);
    },
  };
}

/**
 * The header of a container alone (its first 16 KiB), for what a file says of itself without
 * reading and verifying it all.
 * @returns undefined when there is no file or no readable header
 */
export function readContainerHeader(path: string): ContainerHeader | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    const n = readSync(fd, head, 0, HEADER_BYTES, 0);
    return parseHeader(path, head.subarray(0, n));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes the temporary files a writer of `path` left when it was killed mid-write (`PATH.PID.tmp`
 * of a process that no longer runs); those of a writer still running are left alone.
 * @returns the names removed
 */
export function removeStaleTemporaries(path: string): string[] {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -4)) : NaN;
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || running(pid)) continue;
    try {
      rmSync(join(dirname(path), name), { force: true });
      removed.push(name);
    } catch {
      // A folder we may not write: the file stays, and so does the index.
    }
  }
  return removed;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: a process of another user has that pid, so it runs.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The header at the start of `raw`. @throws ContainerError CORRUPT when it is not a readable one. */
export function parseHeader(path: string, raw: Buffer): ContainerHeader {
  const newline = raw.indexOf(10);
  if (newline < 0 || newline >= HEADER_BYTES) throw new ContainerError('CORRUPT', `${path}: no header line`);
  let header: ContainerHeader;
  try {
    header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as ContainerHeader;
  } catch {
    throw new ContainerError('CORRUPT', `${path}: unreadable header`);
  }
  if (typeof header !== 'object' || header === null || !Array.isArray(header.sections))
    throw new ContainerError('CORRUPT', `${path}: not an index header`);
  return header;
}

/** Bytes of a piece of a section gathered before they are written. */
const CHUNK_BYTES = 1 << 20;

function* encode(section: SectionSource): Generator<Buffer> {
  if ('items' in section) {
    yield* chunked(jsonArray(section.items), 'utf8');
  } else if ('pieces' in section) {
    yield* chunked(section.pieces, section.kind === 'utf8' ? 'utf8' : 'utf16le');
  } else if (section.kind === 'json') {
    yield Buffer.from(JSON.stringify(section.value), 'utf8');
  } else if (section.kind === 'utf16') {
    yield Buffer.from(section.value, 'utf16le');
  } else if (section.kind === 'utf8') {
    yield Buffer.from(section.value, 'utf8');
  } else {
    yield Buffer.from(section.value.buffer, section.value.byteOffset, section.value.byteLength);
  }
}

function* jsonArray(items: Iterable<unknown>): Generator<string> {
  let first = true;
  yield '[';
  for (const item of items) {
    yield first ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
    first = false;
  }
  yield ']';
}

// Joins strings into buffers of about CHUNK_BYTES.
function* chunked(strings: Iterable<string>, encoding: 'utf8' | 'utf16le'): Generator<Buffer> {
  let parts: string[] = [];
  let size = 0;
  for (const s of strings) {
    parts.push(s);
    size += s.length;
    if (size >= CHUNK_BYTES / 2) {
      yield Buffer.from(parts.join(''), encoding);
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield Buffer.from(parts.join(''), encoding);
}

/** A section's value from its bytes in `raw`; typed arrays are copied out, so that `raw` can be released. */
export function decodeSection(
  kind: Section['kind'],
  raw: Buffer,
  entry: { readonly offset: number; readonly bytes: number },
): Section['value'] {
  const start = raw.byteOffset + entry.offset;
  switch (kind) {
    case 'json':
      return JSON.parse(raw.toString('utf8', entry.offset, entry.offset + entry.bytes)) as unknown;
    case 'utf16':
      return raw.toString('utf16le', entry.offset, entry.offset + entry.bytes);
    case 'utf8':
      return raw.toString('utf8', entry.offset, entry.offset + entry.bytes);
    case 'int32':
      return new Int32Array(raw.buffer.slice(start, start + entry.bytes));
    default:
      return new Uint8Array(raw.buffer.slice(start, start + entry.bytes));
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
