// Character normalisation with an offset map back to the original text.
import * as OpenCC from 'opencc-js';

/** Normalised text plus, for every UTF-16 unit of it, the span of original text it came from. */
export interface Normalized {
  /** NFKC, lower-cased, simplified, markup-free, whitespace folded (none beside Han characters). */
  readonly text: string;
  /** `starts[i]`..`ends[i]` is the original span behind `text[i]`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;
// `*` and `#` are markdown markup, not content: dropping them lets `**2. 标题**` match `2. 标题`.
// Quotation marks set a term off (“隐形冠军”企业, “十四五”规划) without being part of it.
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

/** True when `ch` (one UTF-16 unit or code point) is a Han ideograph. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * Normalises `input` for matching: NFKC (full-width to half-width), lower case, traditional to
 * simplified, markdown markers and zero-width characters dropped, whitespace runs folded to one
 * space and removed next to Han characters (so `2020 年` matches `2020年`).
 * Every output unit remembers the original span it came from, so matches map back exactly.
 * Never throws: lone surrogates and control characters become separators.
 * @example normalize('一致性評價').text === '一致性评价'
 */
export function normalize(input: string): Normalized {
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
    // Lone surrogates and control characters separate words; everything else is NFKC-folded.
    const out = separator ? ' ' : [...cp.normalize('NFKC').toLowerCase()].filter((c) => !DROPPED.has(c)).join('');
    for (const unit of splitUnits(out)) {
      units.push(SPACE.test(unit) ? ' ' : unit);
      starts.push(start);
      ends.push(i);
    }
  }
  const simplified = simplify(units.join(''));
  return foldSpaces(simplified, starts, ends);
}

function splitUnits(s: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < s.length; k++) out.push(s[k] as string);
  return out;
}

// OpenCC converts by phrase; almost always one character for one. When a conversion changes the
// length the offset map would break, so fall back to converting character by character.
function simplify(text: string): string {
  const converted = toSimplified(text);
  if (converted.length === text.length) return converted;
  return splitUnits(text)
    .map((c) => {
      const s = toSimplified(c);
      return s.length === 1 ? s : c;
    })
    .join('');
}

function foldSpaces(text: string, starts: number[], ends: number[]): Normalized {
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
      if (prev === undefined || after === undefined || prev === ' ' || isHan(prev) || isHan(after)) continue;
    }
    out += ch;
    s.push(starts[k] as number);
    e.push(ends[k] as number);
  }
  return { text: out, starts: Int32Array.from(s), ends: Int32Array.from(e) };
}
