// Chinese numerals as numbers: 三 -> 3, 十二 -> 12, 一百零五 -> 105, 两千 -> 2000.

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

/**
 * Reads a Chinese numeral below ten thousand: 三 -> 3, 十二 -> 12, 二十 -> 20, 一百零五 -> 105,
 * 百 -> 100, 两千 -> 2000. Returns NaN for anything else.
 */
export function chineseNumeral(s: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    const multiplier = MULTIPLIERS.get(ch);
    if (multiplier !== undefined) {
      total += (digit < 0 ? 1 : digit) * multiplier;
      digit = -1;
      continue;
    }
    const d = DIGITS.get(ch);
    if (d === undefined) return Number.NaN;
    digit = d;
  }
  return total + (digit > 0 ? digit : 0);
}
