import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { simplify } from '../../../indexer/analysis/normalize.ts';

// What simplify gave before texts that cannot change were passed over: OpenCC on the whole text, or
// character by character when that changes the length.
const convert = OpenCC.Converter({ from: 't', to: 'cn' });
function reference(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return [...text].map((c) => (c.length === 1 && convert(c).length === 1 ? convert(c) : c)).join('');
}

describe('simplify', () => {
  it('gives what OpenCC gives for every Han character of the BMP, and the compatibility ones', () => {
    const ranges: Array<[number, number]> = [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
    ];
    for (const [from, to] of ranges)
      for (let code = from; code <= to; code++) {
        const c = String.fromCharCode(code);
        if (simplify(c) !== reference(c)) expect(`${c} -> ${simplify(c)}`).toBe(`${c} -> ${reference(c)}`);
      }
  });

  it('gives what OpenCC gives for texts of simplified, traditional and phrase characters (fast-check)', () => {
    const alphabet = fc.constantFrom(
      ...'一目瞭然了上鍊链乾隆干燥藥品药品評價评价發展发展 a1，。𠀀豈一坏七逕'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(simplify(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
