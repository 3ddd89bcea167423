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
  // Most characters stay as they are: runs of them are copied from the input in one slice.
  const pieces: string[] = [];
  let starts = new Int32Array(input.length + 8);
  let ends = new Int32Array(input.length + 8);
  let n = 0;
  let i = 0;
  let same = 0;
  while (i < input.length) {
    const start = i;
    const code = input.codePointAt(i) as number;
    i += code > 0xffff ? 2 : 1;
    const out = foldedCodePoint(code);
    if (n + out.length + 1 > starts.length) {
      starts = grown(starts, n + out.length + 1);
      ends = grown(ends, n + out.length + 1);
    }
    // A BMP character that stays as it is (a supplementary one takes the general path).
    if (out.length === i - start && out.charCodeAt(0) === code) {
      starts[n] = start;
      ends[n] = i;
      n++;
      continue;
    }
    if (same < start) pieces.push(input.slice(same, start));
    same = i;
    if (out.length === 0) continue;
    for (let k = 0; k < out.length; k++) {
      starts[n] = start;
      ends[n] = i;
      n++;
    }
    pieces.push(out);
  }
  if (same < input.length) pieces.push(input.slice(same));
  const simplified = simplify(pieces.join(''));
  return foldSpaces(simplified, starts.subarray(0, n), ends.subarray(0, n));
}

// What one code point of the input becomes, before simplification: dropped (''), a separator
// (' ' for lone surrogates and control characters), or its NFKC lower-case form without dropped
// characters, each whitespace unit as ' '. Pure per code point, so computed once for each.
const folded = new Map<number, string>();
function foldedCodePoint(code: number): string {
  let out = folded.get(code);
  if (out === undefined) {
    out = foldUncached(code);
    folded.set(code, out);
  }
  return out;
}

function foldUncached(code: number): string {
  const cp = String.fromCodePoint(code);
  if (DROPPED.has(cp)) return '';
  const separator =
    (code >= 0xd800 && code <= 0xdfff) ||
    (code < 0x20 && cp !== '\t' && cp !== '\n' && cp !== '\r') ||
    (code >= 0x7f && code < 0xa0);
  if (separator) return ' ';
  const kept = [...cp.normalize('NFKC').toLowerCase()].filter((c) => !DROPPED.has(c)).join('');
  let out = '';
  for (let k = 0; k < kept.length; k++) out += SPACE.test(kept[k] as string) ? ' ' : kept[k];
  return out;
}

function grown(a: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}

function splitUnits(s: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < s.length; k++) out.push(s[k] as string);
  return out;
}

// OpenCC's t→cn conversion (its normalisation and conversion chains) changes a text only where the
// source of an entry whose replacement differs occurs in it. For each such entry one character its
// source must hold is marked (where source and replacement first differ): a text with no marked
// character, and no supplementary one, converts to itself. Most texts are simplified already, and
// OpenCC's pass over them was a large part of a normalisation (of a number question's time at scale).
const CONVERTIBLE = convertibleMarks(OpenCC.Locale.configs.t2s);

function convertibleMarks(config: unknown): Uint8Array | undefined {
  const out = new Uint8Array(0x10000);
  let entries = 0;
  const mark = (source: string, target: string) => {
    entries++;
    if (source === target || source.length === 0) return;
    let at = 0;
    while (at < source.length - 1 && source[at] === target[at]) at++;
    out[source.charCodeAt(at)] = 1;
  };
  const walk = (dict: unknown): void => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const space = entry.indexOf(' ');
        if (space >= 0) mark(entry.slice(0, space), entry.slice(space + 1));
      }
    } else if (Array.isArray(dict) && dict.length === 2 && dict.every((x) => typeof x === 'string' && !x.includes('|')))
      mark(dict[0] as string, dict[1] as string);
    else if (Array.isArray(dict)) dict.forEach(walk);
    else if (dict && typeof dict === 'object') Object.values(dict).forEach(walk);
  };
  walk(config);
  // No dictionary found where it was looked for (another layout of the package): convert every text.
  return entries > 0 ? out : undefined;
}

/** Whether OpenCC's t→cn conversion may change `text` (false: it converts to itself). */
function mayConvert(text: string): boolean {
  if (!CONVERTIBLE) return true;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (CONVERTIBLE[code] === 1 || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

/**
 * Traditional to simplified, one UTF-16 unit for one. OpenCC converts by phrase; almost always one
 * character for one. When a conversion changes the length the offset map would break, so it falls
 * back to converting character by character.
 */
export function simplify(text: string): string {
  if (!mayConvert(text)) return text;
  const converted = toSimplified(text);
  if (converted.length === text.length) return converted;
  return splitUnits(text)
    .map((c) => {
      const s = toSimplified(c);
      return s.length === 1 ? s : c;
    })
    .join('');
}

// A space is kept only between two characters that are not Han, and only once in a run.
function foldSpaces(text: string, starts: Int32Array, ends: Int32Array): Normalized {
  if (!text.includes(' ')) return { text, starts: starts.slice(), ends: ends.slice() };
  const parts: string[] = [];
  const s = new Int32Array(text.length);
  const e = new Int32Array(text.length);
  let n = 0;
  let prev = -1;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (text.charCodeAt(k) === 0x20) {
      let next = k + 1;
      while (next < text.length && text.charCodeAt(next) === 0x20) next++;
      const keep =
        prev >= 0 && next < text.length && prev !== 0x20 && !isHanUnit(prev) && !isHanUnit(text.charCodeAt(next));
      if (!keep) {
        parts.push(text.slice(from, k));
        from = k + 1;
        continue;
      }
    }
    prev = text.charCodeAt(k);
    s[n] = starts[k] as number;
    e[n] = ends[k] as number;
    n++;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), starts: s.slice(0, n), ends: e.slice(0, n) };
}

// isHan of one UTF-16 unit, remembered (a surrogate half is never Han on its own).
const hanUnit = new Uint8Array(0x10000);
function isHanUnit(unit: number): boolean {
  if (hanUnit[unit] === 0) hanUnit[unit] = isHan(String.fromCharCode(unit)) ? 1 : 2;
  return hanUnit[unit] === 1;
}
