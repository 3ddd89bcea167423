// What a zip says its entries inflate to, read from its central directory without inflating anything.

/** The end-of-central-directory record is at most this far from the end (22 bytes and a comment). */
const EOCD_SEARCH = 22 + 0xffff;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Sums the uncompressed sizes the central directory of a zip declares for the entries `counted`
 * accepts. ZIP64 entries (a size of 0xFFFFFFFF) count as infinite: no document part needs them.
 * A declared size may lie; the reader thread's memory limit catches a zip that lies.
 * @returns the sum, or undefined when the bytes have no readable central directory (not a zip:
 *   the reader says so in its own words)
 * @example declaredInflatedBytes(docx, (name) => name.endsWith('.xml'))
 */
export function declaredInflatedBytes(bytes: Uint8Array, counted: (name: string) => boolean): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - EOCD_SEARCH); k--)
    if (view.getUint32(k, true) === EOCD) {
      end = k;
      break;
    }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  const names = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (counted(name)) total += size === 0xffffffff ? Infinity : size;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
