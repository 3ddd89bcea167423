// Bytes of a corpus file to text: UTF-8 (BOM dropped) or, failing that, GB18030.
import { UnreadableError } from './readers/reader.ts';

/** Thrown for a file that is not text; the indexer skips it with a warning naming the file. */
export class NotTextError extends UnreadableError {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotTextError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Decodes a corpus file. UTF-8 is tried first (a BOM is dropped); bytes that are not valid UTF-8
 * are read as GB18030, the superset of GBK that many government sites still publish in.
 * @throws NotTextError for an empty file or one with NUL bytes (binary).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (bytes.length === 0) throw new NotTextError('empty file');
  if (bytes.includes(0)) throw new NotTextError('binary file (contains NUL bytes)');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: gb18030.decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new NotTextError('neither UTF-8 nor GB18030 text');
    }
  }
}
