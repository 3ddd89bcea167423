// Enumerations written inside one paragraph: 一是……二是……三是……, found with their markers.

/** One marker of an enumeration and where it stands in the text. */
export interface EnumerationMarker {
  /** As written: `一是`. */
  readonly label: string;
  readonly value: number;
  readonly start: number;
}

const DIGITS = '一二三四五六七八九十';
// A marker opens a sentence or a clause: at the start, or after a punctuation mark.
const MARKER = /(?<=^|[。；：！？，!?;:,\s])([一二三四五六七八九]|十[一二三四五六七八九]?)是/g;

/**
 * The markers of the enumeration in `text`: `一是`, `二是`, … in order from 一是, each opening a
 * sentence or clause (so 统一是 is none). Fewer than two markers is no enumeration (an empty list).
 * @example findEnumeration('存在短板：一是规模小；二是创新弱。').map((m) => m.label) // ['一是', '二是']
 */
export function findEnumeration(text: string): EnumerationMarker[] {
  const out: EnumerationMarker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const numeral = m[1] as string;
    const value = numeral.length === 1 ? DIGITS.indexOf(numeral) + 1 : 10 + DIGITS.indexOf(numeral.charAt(1)) + 1;
    if (value !== out.length + 1) continue;
    out.push({ label: m[0], value, start: m.index });
  }
  return out.length >= 2 ? out : [];
}
