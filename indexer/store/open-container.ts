// A container opened rather than read: the header at once, a section when asked for, a piece of one by
// its place; checksums of what is read whole checked then, of the rest in the background.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { ContainerError, decodeSection, parseHeader, type Container, type ContainerHeader } from './index-file.ts';

/**
 * An open index file: sections read whole on demand (verified then), or in pieces by byte range
 * (not verified: see verifyRest).
 */
export interface OpenContainer extends Container {
  /**
   * Hashes every section not read whole yet, a piece at a time without blocking the event loop.
   * @returns the ContainerError of the first damaged one, or undefined when all are sound
   */
  verifyRest(): Promise<ContainerError | undefined>;
  /** Closes the file; reads after it throw. */
  close(): void;
}

const PIECE = 1 << 20;

/**
 * Opens a container: reads its header (16 KiB) and checks the file's size; nothing else is read.
 * @param check called with the header first, to refuse another version or identity with its own error
 * @throws ContainerError MISSING when there is no file, CORRUPT when the header is unreadable or the
 *   size is not the one it states.
 */
export function openContainer(path: string, check: (header: ContainerHeader) => void): OpenContainer {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new ContainerError('MISSING', `no index at ${path}`);
  }
  try {
    return opened(path, fd, check);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

function opened(path: string, fd: number, check: (header: ContainerHeader) => void): OpenContainer {
  const head = Buffer.alloc(16 * 1024);
  const header = parseHeader(path, head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  check(header);
  const size = fstatSync(fd).size;
  if (size !== header.fileBytes)
    throw new ContainerError('CORRUPT', `${path}: ${size} bytes, the header says ${header.fileBytes} (truncated)`);
  const entries = new Map(header.sections.map((e) => [e.name, e]));
  const verified = new Set<string>();
  let open = true;
  let verifying = false;
  const entry = (name: string) => {
    const e = entries.get(name);
    if (!e) throw new ContainerError('CORRUPT', `${path}: no section ${name}`);
    if (!open) throw new Error(`${path}: the index file was closed`);
    return e;
  };
  // Never from Buffer's shared pool: a section's typed array is a view of its own buffer, not a copy.
  const readAt = (offset: number, length: number): Buffer => {
    const out = Buffer.allocUnsafeSlow(length);
    for (let done = 0; done < length;) {
      const n = readSync(fd, out, done, length - done, offset + done);
      if (n === 0) throw new ContainerError('CORRUPT', `${path}: ends inside a section (truncated)`);
      done += n;
    }
    return out;
  };
  // Section `name` read whole and verified.
  function whole(name: string): Buffer {
    const e = entry(name);
    const raw = readAt(e.offset, e.bytes);
    if (createHash('sha256').update(raw).digest('hex') !== e.sha256)
      throw new ContainerError('CORRUPT', `${path}: checksum mismatch in section ${name} (damaged)`);
    verified.add(name);
    return raw;
  }
  return {
    header,
    section: (name, kind) => {
      const e = entry(name);
      if (e.kind !== kind) throw new ContainerError('CORRUPT', `${path}: no ${kind} section ${name}`);
      const raw = whole(name);
      if (kind === 'int32') return new Int32Array(raw.buffer, raw.byteOffset, e.bytes / 4) as never;
      if (kind === 'uint8') return new Uint8Array(raw.buffer, raw.byteOffset, e.bytes) as never;
      return decodeSection(kind, raw, { offset: 0, bytes: e.bytes }) as never;
    },
    whole,
    bytes: (name, from, to) => {
      const e = entry(name);
      if (from < 0 || to > e.bytes || from > to) throw new RangeError(`${name}: bytes ${from}–${to} of ${e.bytes}`);
      return readAt(e.offset + from, to - from);
    },
    verifyRest: async () => {
      verifying = true;
      try {
        return await verifyAll();
      } finally {
        verifying = false;
        // A close asked for while a read was in flight is done now, so that no read lands on a reused fd.
        if (!open) closeSync(fd);
      }
    },
    close: () => {
      if (!open) return;
      open = false;
      if (!verifying) closeSync(fd);
    },
  };

  async function verifyAll(): Promise<ContainerError | undefined> {
    for (const e of header.sections) {
      if (verified.has(e.name)) continue;
      const hash = createHash('sha256');
      for (let at = 0; at < e.bytes && open; at += PIECE) {
        const piece = Buffer.allocUnsafe(Math.min(PIECE, e.bytes - at));
        const n = await new Promise<number>((resolve, reject) =>
          read(fd, piece, 0, piece.length, e.offset + at, (err, got) => (err ? reject(err) : resolve(got))),
        );
        hash.update(piece.subarray(0, n));
      }
      if (!open) return undefined;
      if (hash.digest('hex') !== e.sha256)
        return new ContainerError('CORRUPT', `${path}: checksum mismatch in section ${e.name} (damaged)`);
      verified.add(e.name);
    }
    return undefined;
  }
}
