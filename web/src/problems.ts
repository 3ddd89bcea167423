// What went wrong, in the interface's current language (the words themselves are in problem-words.ts).
import type { ApiFailure } from './api.ts';
import { lang } from './i18n.ts';
import { problemIn } from './problem-words.ts';

/**
 * The failure in words for the reader of the page.
 * @example problemText({ failed: true, code: 'QUERY_TOO_LONG', details: { length: 210, max: 200 }, … })
 *   -> '查询过长：210 个字符，最多 200 个。请缩短后再试。'
 */
export function problemText(f: ApiFailure): string {
  return problemIn(f, lang());
}
