// Which entries of the corpus folder the indexer reads, and reading one without following a link.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { UnreadableError } from './readers/reader.ts';

/** A regular file of the corpus folder, named in valid UTF-8, with what the fingerprint needs. */
export interface CorpusFile {
  readonly name: string;
  readonly size: number;
  /** Modification time in nanoseconds since the epoch. */
  readonly mtimeNs: bigint;
}

/** An entry the indexer would have read but refuses, and why. */
export interface RefusedEntry {
  readonly path: string;
  readonly reason: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The entries of `dir` (not recursive; dot files never) that `wanted` accepts, split into the regular
 * files to read and the entries refused with a reason: a symbolic link (any: a link inside the folder
 * today may point outside it tomorrow, and tar keeps the links an archive holds), a directory, socket,
 * FIFO or device, and a name that is not valid UTF-8 (it has no id and no path the API could give).
 * Nothing is opened: `lstat` describes the entry itself, not what a link points to.
 * @param wanted whether a (decoded) name is one the indexer reads
 * @example listCorpusFiles('corpus', (n) => n.endsWith('.txt')).files[0]?.name === 'plan.txt'
 */
export function listCorpusFiles(
  dir: string,
  wanted: (name: string) => boolean,
): { files: CorpusFile[]; refused: RefusedEntry[] } {
  const files: CorpusFile[] = [];
  const refused: RefusedEntry[] = [];
  const raw = readdirSync(dir, { encoding: 'buffer' }).sort(Buffer.compare);
  for (const bytes of raw) {
    if (bytes[0] === 0x2e) continue;
    let name: string;
    try {
      name = utf8.decode(bytes);
    } catch {
      refused.push({ path: escapedName(bytes), reason: 'the file name is not valid UTF-8; rename the file' });
      continue;
    }
    if (!wanted(name)) continue;
    let stats: BigIntStats;
    try {
      stats = lstatSync(join(dir, name), { bigint: true });
    } catch (err) {
      // Removed between the listing and now: a file that is not there is simply not read.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      refused.push({ path: name, reason: `cannot be examined: ${(err as Error).message}` });
      continue;
    }
    const kind = entryKind(stats);
    if (kind) refused.push({ path: name, reason: `${kind}; only regular files are read` });
    else files.push({ name, size: Number(stats.size), mtimeNs: stats.mtimeNs });
  }
  return { files, refused };
}

function entryKind(stats: BigIntStats): string | undefined {
  if (stats.isSymbolicLink()) return 'a symbolic link (links are never followed)';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return stats.isFile() ? undefined : 'not a regular file';
}

// A name that is not UTF-8, shown with its undecodable bytes as \xNN.
function escapedName(bytes: Buffer): string {
  let out = '';
  let k = 0;
  while (k < bytes.length) {
    let end = Math.min(bytes.length, k + 4);
    for (; end > k; end--) {
      try {
        out += utf8.decode(bytes.subarray(k, end));
        break;
      } catch {
        // try a shorter sequence
      }
    }
    if (end === k) {
      out += `\\x${(bytes[k] as number).toString(16).padStart(2, '0')}`;
      end = k + 1;
    }
    k = end;
  }
  return out;
}

/**
 * Reads one corpus file: opened without following a link and without blocking on a FIFO, then
 * checked on the open descriptor (so a file swapped for a link after the listing is still refused)
 * to be a regular file of at most `maxBytes`; a larger one is never read.
 * @throws UnreadableError naming why the file is not read.
 */
export function readCorpusFile(dir: string, name: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UnreadableError('a symbolic link (links are never followed)');
    throw new UnreadableError(`cannot be opened: ${code ?? (err as Error).message}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UnreadableError('not a regular file');
    if (stats.size > maxBytes) throw new UnreadableError(`${mib(stats.size)}, larger than the ${mib(maxBytes)} read`);
    const bytes = Buffer.alloc(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
