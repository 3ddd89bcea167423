import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalize, type Normalized } from '../../../indexer/analysis/normalize.ts';
import { CORPUS_DIR } from '../../helpers/paths.ts';

// The straightforward normaliser that the fast one replaced (code point by code point, no caching),
// kept as the oracle: the index format and every offset depend on the output staying the same.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const DROPPED = new Set([
  '*',
  '#',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '“',
  '”',
  '‘',
  '’',
  '"',
  '「',
  '」',
  '『',
  '』',
]);
const HAN = /\p{Script=Han}/u;
function reference(input: string): Normalized {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const cp of input) {
    const start = i;
    i += cp.length;
    if (DROPPED.has(cp)) continue;
    const code = cp.codePointAt(0) ?? 0;
    const separator =
      (code >= 0xd800 && code <= 0xdfff) ||
      (code < 0x20 && cp !== '\t' && cp !== '\n' && cp !== '\r') ||
      (code >= 0x7f && code < 0xa0);
    const out = separator ? ' ' : [...cp.normalize('NFKC').toLowerCase()].filter((c) => !DROPPED.has(c)).join('');
    for (const unit of out.split('')) {
      units.push(/\s/u.test(unit) ? ' ' : unit);
      starts.push(start);
      ends.push(i);
    }
  }
  const joined = units.join('');
  const converted = toSimplified(joined);
  const text =
    converted.length === joined.length
      ? converted
      : units
          .map((c) => {
            const s = toSimplified(c);
            return s.length === 1 ? s : c;
          })
          .join('');
  return referenceSpaces(text, starts, ends);
}

function referenceSpaces(text: string, starts: number[], ends: number[]): Normalized {
  let out = '';
  const s: number[] = [];
  const e: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k] as string;
    if (ch === ' ') {
      const prev = out[out.length - 1];
      let next = k + 1;
      while (next < text.length && text[next] === ' ') next++;
      const after = text[next];
      if (prev === undefined || after === undefined || prev === ' ' || HAN.test(prev) || HAN.test(after)) continue;
    }
    out += ch;
    s.push(starts[k] as number);
    e.push(ends[k] as number);
  }
  return { text: out, starts: Int32Array.from(s), ends: Int32Array.from(e) };
}

describe('normalize', () => {
  it('gives exactly what the straightforward normaliser gives, on any input (fast-check)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(' ', '\u3000', '\t', '一', '體', 'Ａ', 'a', '*', '“', '\ud800', '𠀀', '⑴', '年'),
        maxLength: 60,
      }),
    );
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalize(s)).toEqual(reference(s));
      }),
      { numRuns: 1000 },
    );
    // Characters that expand (⑴ -> (1), U+FDFA -> 18 characters) before a long plain run.
    const expanding = '⑴\ufdfa'.repeat(40) + '医药'.repeat(300);
    expect(normalize(expanding)).toEqual(reference(expanding));
  });

  it('gives exactly what the straightforward normaliser gives, on every line of the corpus', () => {
    for (const name of readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.txt'))) {
      for (const line of readFileSync(join(CORPUS_DIR, name), 'utf8').split('\n')) {
        expect(normalize(line)).toEqual(reference(line));
      }
    }
  });
});
