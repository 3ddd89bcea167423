import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteTexts } from '../../indexer/store/records.ts';

// Texts as the index stores them: UTF-16LE bytes one after another, and where each ends (in characters).
function stored(texts: readonly string[], offset: number): { raw: Buffer; ends: Int32Array } {
  const bytes = Buffer.from(texts.join(''), 'utf16le');
  // At an odd offset inside a larger buffer, as a section read from a file may be.
  const raw = Buffer.alloc(bytes.length + offset).subarray(offset);
  bytes.copy(raw);
  let at = 0;
  return { raw, ends: Int32Array.from(texts, (t) => (at += t.length)) };
}

describe('byteTexts', () => {
  it('includes answers as String.includes on each text, aligned or not (fast-check)', () => {
    const alphabet = fc.constantFrom('药', '品', '一', '致', 'a', 'b', '𠀀', ' ');
    const text = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), text, fc.constantFrom(0, 1), (texts, needle, off) => {
        const { raw, ends } = stored(texts, off);
        const table = byteTexts(raw, ends);
        texts.forEach((t, k) => {
          expect(table.includes(k, needle)).toBe(t.includes(needle));
          expect(table.get(k)).toBe(t);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds no match across two texts, half a surrogate pair, or outside the table', () => {
    const { raw, ends } = stored(['一致', '性评价', '𠀀x'], 0);
    const table = byteTexts(raw, ends);
    expect(table.includes(0, '致性')).toBe(false);
    expect(table.includes(1, '性评价')).toBe(true);
    expect(table.includes(2, '𠀀')).toBe(true);
    expect(table.includes(2, '\udc00x')).toBe(true);
    expect(table.includes(3, '一')).toBe(false);
    expect(table.includes(-1, '一')).toBe(false);
  });
});
